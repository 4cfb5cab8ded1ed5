package io.onewindow.licences.web;

import io.onewindow.identity.Departments;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.licences.LicencesError;
import io.onewindow.licences.internal.LicenceImport;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page of the bulk import (存量证照导入) for officers: a CSV of their departments' licences, imported in
 * the background (as the officer, every licence an audited action of theirs) while a page shows how far it is
 * and, at the end, every refused line with its number and reason. Progress lives on this node only.
 */
@Controller
class ImportPages {

    private final LicenceImport imports;
    private final Departments departments;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "licence-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

    ImportPages(LicenceImport imports, Departments departments) {
        this.imports = imports;
        this.departments = departments;
    }

    public record Run(UUID accountId, String fileName, LicenceImport.Progress progress) {
    }

    @GetMapping("/licences/import")
    @PreAuthorize("hasRole('OFFICER')")
    String form(Model model) {
        officer();
        model.addAttribute("columns", String.join(",", LicenceImportColumns.EXAMPLE_HEADER));
        return "licences/import";
    }

    @PostMapping("/licences/import")
    @PreAuthorize("hasRole('OFFICER')")
    String upload(@RequestParam("file") MultipartFile file, Locale locale) throws IOException {
        UserAccount user = officer();
        Set<String> mine = user.departmentIds().stream().map(departments::find).flatMap(java.util.Optional::stream)
                .map(d -> d.code()).collect(Collectors.toSet());
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        UUID id = UUID.randomUUID();
        LicenceImport.Progress progress = new LicenceImport.Progress();
        runs.put(id, new Run(user.accountId(), file.getOriginalFilename(), progress));
        runner.execute(new DelegatingSecurityContextRunnable(() -> {
            // A string has nothing to close.
            try {
                imports.run(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv), locale, mine::contains, progress);
            } catch (RuntimeException stopped) {
                // Logged by the import, which marked the run stopped; its progress page says so.
            }
        }));
        return "redirect:/licences/imports/" + id;
    }

    @GetMapping("/licences/imports/{id}")
    String progress(@PathVariable UUID id, Model model) {
        UserAccount user = officer();
        Run run = runs.get(id);
        if (run == null || !run.accountId().equals(user.accountId())) {
            throw new DomainException(LicencesError.LICENCE_NOT_FOUND, Map.of("id", id));
        }
        model.addAttribute("run", run);
        model.addAttribute("runId", id);
        model.addAttribute("progress", run.progress().snapshot());
        return "licences/import-progress";
    }

    private static UserAccount officer() {
        UserAccount user = CurrentUser.require();
        if (!user.has(Role.OFFICER) && !user.has(Role.DEPT_ADMIN)) {
            throw new DomainException(LicencesError.NOT_THE_ISSUER);
        }
        return user;
    }

    /** The columns the upload page shows as an example. */
    static final class LicenceImportColumns {
        static final java.util.List<String> EXAMPLE_HEADER = java.util.List.of("licence_type", "holder", "department", "valid_from",
                "valid_until", "identifier", "operator", "legalRepresentative", "premises", "mainBusiness");

        private LicenceImportColumns() {
        }
    }
}
