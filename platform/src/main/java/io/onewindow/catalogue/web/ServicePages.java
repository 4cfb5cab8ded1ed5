package io.onewindow.catalogue.web;

import io.onewindow.catalogue.Audience;
import io.onewindow.catalogue.BusinessEvent;
import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.LifeEvent;
import io.onewindow.catalogue.ServiceBundle;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.internal.CatalogueReader;
import io.onewindow.divisions.DivisionLevel;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue as citizens and businesses read it: search and browse by life event, business event and
 * department; the guide of an item or a bundle, in its current version or, by {@code ?version=}, the one a
 * case was filed under.
 */
@Controller
class ServicePages {

    private final ServiceCatalogue catalogue;
    private final CatalogueReader reader;
    private final Departments departments;
    private final GuideBodies bodies;

    ServicePages(ServiceCatalogue catalogue, CatalogueReader reader, Departments departments, GuideBodies bodies) {
        this.catalogue = catalogue;
        this.reader = reader;
        this.departments = departments;
        this.bodies = bodies;
    }

    @GetMapping("/services")
    String services(Browse browse, Model model) {
        model.addAttribute("browse", browse);
        model.addAttribute("lifeEvents", LifeEvent.values());
        model.addAttribute("businessEvents", BusinessEvent.values());
        model.addAttribute("audiences", Audience.values());
        Map<String, Long> counts = reader.countsByDepartment();
        List<DepartmentView> offering = departments.all().stream().filter(d -> counts.containsKey(d.code())).toList();
        model.addAttribute("departments", offering);
        model.addAttribute("counts", counts);
        // The levels of government that offer anything, from the city down.
        model.addAttribute("levels", offering.stream().map(DepartmentView::level).filter(java.util.Objects::nonNull).distinct().sorted().toList());
        if (browse.filtered()) {
            model.addAttribute("results", catalogue.search(browse.query(Browse.PAGE_SIZE)));
            model.addAttribute("department", offering.stream().filter(d -> d.code().equals(browse.department())).findFirst().orElse(null));
            model.addAttribute("level", Browse.parse(DivisionLevel.class, browse.level()));
            model.addAttribute("event", Browse.parse(LifeEvent.class, browse.event()) != null
                    ? Browse.parse(LifeEvent.class, browse.event()).messageKey()
                    : Browse.parse(BusinessEvent.class, browse.event()) == null ? null : Browse.parse(BusinessEvent.class, browse.event()).messageKey());
        }
        return "catalogue/services";
    }

    @GetMapping("/services/{code}")
    String guide(@PathVariable String code, @RequestParam(required = false) Integer version, Locale locale, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        CatalogueReader.Versions versions = reader.versions(code);
        EntryKind kind = versions.kind().orElseThrow(NotFound::new);
        List<Integer> published = versions.published();
        if (kind == EntryKind.BUNDLE) {
            ServiceBundle bundle = reader.bundle(versions, version).orElseThrow(NotFound::new);
            List<ServiceItem> members = bundle.members().stream().map(m -> catalogue.find(m.itemCode(), m.version()).orElse(null))
                    .filter(Objects::nonNull).toList();
            Map<String, DepartmentView> departmentOf = departmentsOf(members.stream().map(ServiceItem::departmentCode).toList(),
                    bundle.departmentCode());
            // A member is the exact version the bundle names, which never changes in what the guide shows of it.
            List<Object> key = List.of(code, bundle.version(), bundle.state(), published,
                    members.stream().map(m -> m.code() + "@" + m.version()).toList(), List.copyOf(departmentOf.values()));
            model.addAttribute("bundle", bundle);
            model.addAttribute("guide", bodies.body("catalogue/bundle-guide", key, () -> {
                Map<String, Object> shown = new HashMap<>();
                shown.put("versions", published);
                shown.put("bundle", bundle);
                shown.put("members", members);
                shown.put("toBring", distinct(members.stream().flatMap(i -> i.toBring().stream()).toList()));
                shown.put("spared", distinct(members.stream().flatMap(i -> i.takenFromLicencesOrData().stream()).toList()));
                shown.put("departmentOf", departmentOf);
                return shown;
            }, locale, request, response));
            return "catalogue/bundle";
        }
        ServiceItem item = reader.item(versions, version).orElseThrow(NotFound::new);
        Optional<DepartmentView> department = departments.findByCode(item.departmentCode());
        model.addAttribute("item", item);
        model.addAttribute("guide", bodies.body("catalogue/item-guide", List.of(code, item.version(), item.state(), published, department),
                () -> {
                    Map<String, Object> shown = new HashMap<>();
                    shown.put("versions", published);
                    shown.put("item", item);
                    shown.put("department", department.orElse(null));
                    return shown;
                }, locale, request, response));
        return "catalogue/item";
    }

    /** The same material asked by several members of a bundle is listed once. */
    private static List<io.onewindow.catalogue.Material> distinct(List<io.onewindow.catalogue.Material> materials) {
        Map<String, io.onewindow.catalogue.Material> byName = new LinkedHashMap<>();
        materials.forEach(m -> byName.putIfAbsent(m.name().zh(), m));
        return new ArrayList<>(byName.values());
    }

    private Map<String, DepartmentView> departmentsOf(List<String> codes, String lead) {
        Map<String, DepartmentView> found = new LinkedHashMap<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), codes.stream()).distinct()
                .forEach(c -> departments.findByCode(c).ifPresent(d -> found.put(c, d)));
        return found;
    }
}
