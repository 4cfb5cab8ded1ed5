package io.onewindow.portal;

import java.util.Map;

/**
 * Text a module contributes to the portal: a bundle key with named arguments ({@code 还有 {count} 件待办}),
 * rendered in the reader's language, or a text already in it (a department's name, say).
 */
public record Label(String key, Map<String, ?> arguments, String text) {

    public Label {
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }

    public static Label of(String key) {
        return new Label(key, Map.of(), null);
    }

    public static Label of(String key, Map<String, ?> arguments) {
        return new Label(key, arguments, null);
    }

    /** Text that needs no translation, or that the module already put in the reader's language. */
    public static Label text(String text) {
        return new Label(null, Map.of(), text);
    }
}
