package io.onewindow.catalogue.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The body of a service guide, rendered once and kept. A published version never changes but for its state, so
 * what a guide's body shows is fixed by the version and its state, the versions published, the departments'
 * names and the reader's language: together they are the key it is kept under, and a change of any of them
 * (a new version published, a department renamed) renders a new body. Rendering the body was most of a guide
 * page's work; the page around it (who is signed in, the language switch) is rendered for every request.
 */
@Component
class GuideBodies {

    /** Bodies kept per node: each guide's current and past versions in both languages, a few thousand at most. */
    private static final int MAX_KEPT = 4_000;

    private final ISpringTemplateEngine templates;
    private final ApplicationContext application;
    private final JakartaServletWebApplication web;
    private final Map<List<Object>, String> kept = new ConcurrentHashMap<>();

    GuideBodies(ISpringTemplateEngine templates, ApplicationContext application, ServletContext servletContext) {
        this.templates = templates;
        this.application = application;
        this.web = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /**
     * The fragment {@code guide} of {@code template} rendered with {@code model}, which must hold everything the
     * fragment reads, all of it named in {@code key}; the model is built only when no body is kept under the key.
     */
    String body(String template, List<Object> key, Supplier<Map<String, Object>> model, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        List<Object> full = List.of(template, locale, request.getContextPath(), key);
        String body = kept.get(full);
        if (body == null) {
            Map<String, Object> variables = new HashMap<>(model.get());
            // The application's beans (e.g. @times) for the fragment's expressions, as a page's view provides them.
            variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(application, null));
            body = templates.process(template, Set.of("guide"), new WebContext(web.buildExchange(request, response), locale, variables));
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(full, body);
        }
        return body;
    }
}
