package io.onewindow.portal.web;

import io.onewindow.kernel.i18n.Messages;
import io.onewindow.portal.Label;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Renders the {@link Label}s modules contribute in the reader's language. */
@Component
class Labels {

    private final Messages messages;

    Labels(Messages messages) {
        this.messages = messages;
    }

    String render(Label label, Locale locale) {
        if (label == null) {
            return null;
        }
        return label.text() != null ? label.text() : messages.render(label.key(), label.arguments(), locale);
    }
}
