package io.onewindow.portal.web;

import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.portal.WorkbenchCard;
import io.onewindow.portal.WorkbenchCards;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Collects the cards every module contributes to a workbench and renders their text in the reader's language. */
@Component
class Workbenches {

    private final List<WorkbenchCards> contributions;
    private final Labels labels;

    Workbenches(List<WorkbenchCards> contributions, Labels labels) {
        this.contributions = contributions;
        this.labels = labels;
    }

    /** Where the workbench of a role lives: {@code /dept-admin} for {@link Role#DEPT_ADMIN}. */
    static String path(Role role) {
        return "/" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Role role(String path) {
        return Role.valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    List<Card> cards(Role role, UserAccount user, Locale locale) {
        return contributions.stream()
                .flatMap(c -> c.cards(role, user, locale).stream())
                .sorted(Comparator.comparingInt(WorkbenchCard::order))
                .map(card -> new Card(labels.render(card.title(), locale), labels.render(card.description(), locale), card.href(),
                        card.count() == null ? null : grouped(card.count()), labels.render(card.countCaption(), locale)))
                .toList();
    }

    /**
     * A count with a comma between thousands (1,234; the same in Chinese and English), written here rather than by the
     * template's number formatting, which builds a formatter for every number (a twentieth of a workbench), or by
     * {@code String.format}, which parses its pattern every time (a third of collecting the cards).
     */
    static String grouped(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (count < 0) {
            out.append('-');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** A card as the page shows it, its count written with {@link #grouped}. */
    public record Card(String title, String description, String href, String count, String countCaption) {
    }
}
