package io.onewindow.exchange.web;

import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.InformationItem;
import io.onewindow.exchange.internal.Corrections;
import io.onewindow.exchange.internal.ResourceStore;
import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.access.RealName;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own records in the data the departments share, and flagging a wrong value (数据纠错): the provider
 * answers within 10 working days. Identifiers are shown masked, as everywhere a full value is not needed. Shown
 * only to an account whose holder's identity was verified ({@link RealName}).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class MyDataPages {

    private final Corrections corrections;
    private final ResourceStore resources;
    private final Messages messages;

    MyDataPages(Corrections corrections, ResourceStore resources, Messages messages) {
        this.corrections = corrections;
        this.resources = resources;
        this.messages = messages;
    }

    @GetMapping("/me/shared-data")
    String page(Model model) {
        UserAccount user = RealName.require(CurrentUser.require());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        model.addAttribute("records", user.personId() == null ? java.util.List.of() : corrections.recordsOf(user.personId()).stream()
                .map(r -> new Shown(r, resources.require(r.resourceCode()))).toList());
        model.addAttribute("flagged", user.personId() == null ? java.util.List.of() : corrections.flaggedBy(user.personId()));
        model.addAttribute("resourceNames", resources.all().stream().collect(Collectors.toMap(DataResource::code, r -> r)));
        return "exchange/my-data";
    }

    /** A record with its items' labels and masked values. */
    public record Shown(Corrections.OwnRecord record, DataResource resource) {
        public Map<String, String> values(Locale locale) {
            Map<String, String> shown = new LinkedHashMap<>();
            for (InformationItem item : resource.items()) {
                Object value = record.values().get(item.name());
                String text = value == null ? "" : value.toString();
                shown.put(item.label(locale), item.mask() == InformationItem.Mask.CITIZEN_ID || item.mask() == InformationItem.Mask.PHONE
                        ? io.onewindow.kernel.privacy.Masking.identifiersIn(text) : text);
            }
            return shown;
        }

        public String key() {
            return record.resourceCode() + "-" + record.seq();
        }
    }

    @PostMapping("/me/shared-data/flag")
    String flag(@RequestParam String resource, @RequestParam int seq, @RequestParam(defaultValue = "") String item,
                @RequestParam(defaultValue = "") String proposed, @RequestParam(defaultValue = "") String reason, Locale locale, Model model,
                RedirectAttributes redirect) {
        UserAccount user = RealName.require(CurrentUser.require());
        String subject = corrections.recordsOf(user.personId()).stream()
                .filter(r -> r.resourceCode().equals(resource) && r.seq() == seq).map(Corrections.OwnRecord::subject).findFirst()
                .orElseThrow(() -> new DomainException(io.onewindow.exchange.ExchangeError.SUBJECT_NOT_FOUND));
        try {
            corrections.flag(new Corrections.Flag(resource, subject, seq, item, proposed, reason, null, user.personId()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e.violations().stream()
                    .map(v -> new io.onewindow.kernel.error.FieldViolation(v.field() + "-" + resource + "-" + seq, v.code(), v.arguments()))
                    .toList(), messages, locale));
            return page(model);
        }
        redirect.addFlashAttribute("notice", "exchange.my-data.flagged");
        return "redirect:/me/shared-data";
    }
}
