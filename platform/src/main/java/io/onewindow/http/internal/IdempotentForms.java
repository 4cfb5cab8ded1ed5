package io.onewindow.http.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds an {@code _idempotency} field with a fresh key to every POST form a template renders (next to the
 * CSRF token), so that submitting the same form twice, by a double click or a retry after a dropped
 * connection, is handled once. GET forms, such as a search, only read: they get no key, which would
 * otherwise end up in the address of every search.
 */
final class IdempotentForms implements RequestDataValueProcessor {

    // Templates render the form's action, then its hidden fields; the method is kept for that moment.
    private static final String FORM_METHOD = IdempotentForms.class.getName() + ".method";

    private final RequestDataValueProcessor delegate;

    IdempotentForms(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        request.setAttribute(FORM_METHOD, httpMethod);
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        Object method = request.getAttribute(FORM_METHOD);
        request.removeAttribute(FORM_METHOD);
        if (method instanceof String m && m.equalsIgnoreCase("post")) {
            fields.put(IdempotencyFilter.FORM_FIELD, UUID.randomUUID().toString());
        }
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
