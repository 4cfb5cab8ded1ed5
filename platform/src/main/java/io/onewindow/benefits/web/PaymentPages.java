package io.onewindow.benefits.web;

import io.onewindow.benefits.Policy;
import io.onewindow.benefits.internal.BenefitsAccess;
import io.onewindow.benefits.internal.Payments;
import io.onewindow.benefits.internal.PolicyStore;
import io.onewindow.identity.Departments;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.UserAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The paying department's payments: confirmed disbursements waiting for a batch, the batches with their
 * payment files, the treasury's result files, and the failures to retry or report.
 */
@Controller
class PaymentPages {

    private final Payments payments;
    private final PolicyStore policies;
    private final BenefitsAccess access;
    private final Departments departments;

    PaymentPages(Payments payments, PolicyStore policies, BenefitsAccess access, Departments departments) {
        this.payments = payments;
        this.policies = policies;
        this.access = access;
        this.departments = departments;
    }

    @GetMapping("/benefits/payments")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'ADMIN')")
    String payments(Model model, Locale locale) {
        UserAccount user = CurrentUser.require();
        Map<String, String> mine = new LinkedHashMap<>();
        policies.all().stream().map(Policy::departmentCode).distinct().filter(d -> access.administers(user, d)).sorted()
                .forEach(d -> mine.put(d, departments.findByCode(d).map(v -> locale.getLanguage().equals("en") ? v.nameEn() : v.name()).orElse(d)));
        model.addAttribute("departments", mine);
        Map<String, Object> byDepartment = new LinkedHashMap<>();
        for (String department : mine.keySet()) {
            byDepartment.put(department, Map.of(
                    "pending", payments.disbursements(department, List.of("PENDING")),
                    "failed", payments.disbursements(department, List.of("FAILED")),
                    "batches", payments.batches(department)));
        }
        model.addAttribute("payments", byDepartment);
        return "benefits/payments";
    }

    @PostMapping("/benefits/payments/{department}/batches")
    String export(@PathVariable String department, RedirectAttributes redirect) {
        access.requireAdministers(CurrentUser.require(), department);
        payments.export(department);
        redirect.addFlashAttribute("notice", "benefits.payments.exported");
        return "redirect:/benefits/payments";
    }

    @GetMapping("/benefits/payments/batches/{id}/file")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'ADMIN')")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        access.requireAdministers(CurrentUser.require(), payments.departmentOf(id));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"payment-" + id + ".csv\"")
                .body(payments.paymentFile(id).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/benefits/payments/batches/{id}/result")
    @PreAuthorize("hasAnyRole('DEPT_ADMIN', 'ADMIN')")
    String result(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String text,
                  RedirectAttributes redirect) throws IOException {
        access.requireAdministers(CurrentUser.require(), payments.departmentOf(id));
        String content = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        payments.settle(id, content);
        redirect.addFlashAttribute("notice", "benefits.payments.settled");
        return "redirect:/benefits/payments";
    }

    @PostMapping("/benefits/payments/{department}/disbursements/{id}/retry")
    String retry(@PathVariable String department, @PathVariable UUID id, RedirectAttributes redirect) {
        access.requireAdministers(CurrentUser.require(), department);
        payments.retry(id, department);
        redirect.addFlashAttribute("notice", "benefits.payments.retried");
        return "redirect:/benefits/payments";
    }

    @PostMapping("/benefits/payments/{department}/disbursements/{id}/report")
    String report(@PathVariable String department, @PathVariable UUID id, RedirectAttributes redirect) {
        access.requireAdministers(CurrentUser.require(), department);
        payments.report(id, department);
        redirect.addFlashAttribute("notice", "benefits.payments.reported");
        return "redirect:/benefits/payments";
    }
}
