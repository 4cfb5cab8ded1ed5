package io.onewindow.portal.web;

import io.onewindow.http.IdentityProviders;
import io.onewindow.kernel.access.AccessError;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place refusals become answers: RFC 9457 problem+json for the API (with a message in the
 * request's language and, for bad input, one entry per field) and a readable page for people.
 */
final class ErrorResponses {

    static final String TYPE_BASE = "https://onewindow.io/problems/";
    static final String UNSTORABLE_TEXT = "error.unstorable-text";

    private ErrorResponses() {
    }

    /** For the API: problem+json for our refusals and for Spring MVC's own (bad JSON, wrong method, …). */
    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Api extends ResponseEntityExceptionHandler {

        private final Messages messages;

        Api(Messages messages) {
            this.messages = messages;
        }

        @ExceptionHandler
        ResponseEntity<ProblemDetail> refused(DomainException e, Locale locale) {
            ProblemDetail problem = problem(HttpStatus.valueOf(e.code().httpStatus()), e.code().messageKey(),
                    messages.render(e.code(), e.arguments(), locale));
            problem.setProperty("code", e.code().messageKey());
            return ResponseEntity.status(problem.getStatus()).body(problem);
        }

        @ExceptionHandler
        ResponseEntity<ProblemDetail> invalid(InvalidInputException e, Locale locale) {
            ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input",
                    messages.render("error.invalid-input", Map.of("count", e.violations().size()), locale));
            List<Map<String, Object>> errors = e.violations().stream()
                    .map(v -> Map.<String, Object>of("field", v.field(), "code", v.code().messageKey(),
                            "message", messages.render(v.code(), v.arguments(), locale)))
                    .toList();
            problem.setProperty("errors", errors);
            return ResponseEntity.unprocessableContent().body(problem);
        }

        /**
         * A body that is no JSON, or whose JSON does not fit what the endpoint reads (a word where a number belongs, a
         * value missing that has no default, a name outside a list): 400, saying in the request's language which field is
         * wrong and what it should be, in the same shape as the errors of {@link #invalid}. Nothing was run.
         */
        @Override
        protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
            UnreadableBody unreadable = UnreadableBody.of(e, messages, LocaleContextHolder.getLocale());
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", unreadable.detail());
            problem.setProperty("code", unreadable.code());
            unreadable.field().ifPresent(field -> problem.setProperty("errors",
                    List.of(Map.of("field", field.field(), "code", field.code(), "message", field.message()))));
            return ResponseEntity.badRequest().body(problem);
        }

        /** A query parameter that does not convert ({@code page=abc}): the parameter and what it should be, as a field error. */
        @Override
        protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
                                                            WebRequest request) {
            Locale locale = LocaleContextHolder.getLocale();
            String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
            if (field == null || e.getRequiredType() == null) {
                return super.handleTypeMismatch(e, headers, status, request);
            }
            return fieldProblem(field, "error.input.type",
                    messages.render("error.input.type", Map.of("field", field, "expected", UnreadableBody.expected(e.getRequiredType(), messages, locale)), locale));
        }

        @Override
        protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e, HttpHeaders headers,
                                                                              HttpStatusCode status, WebRequest request) {
            return fieldProblem(e.getParameterName(), "error.input.required",
                    messages.render("error.input.required", Map.of("field", e.getParameterName()), LocaleContextHolder.getLocale()));
        }

        private static ResponseEntity<Object> fieldProblem(String field, String code, String message) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", message);
            problem.setProperty("code", code);
            problem.setProperty("errors", List.of(Map.of("field", field, "code", code, "message", message)));
            return ResponseEntity.badRequest().body(problem);
        }

        /** Spring MVC's other refusals (a method or content type the address does not take…): their detail in the caller's language. */
        @Override
        protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
                                                                 WebRequest request) {
            Object answer = body == null && e instanceof ErrorResponse refusal ? refusal.getBody() : body;
            if (answer instanceof ProblemDetail problem) {
                problem.setDetail(StatusTexts.of(messages, status.value(), e, LocaleContextHolder.getLocale()));
            }
            return super.handleExceptionInternal(e, answer, headers, status, request);
        }

        /**
         * Text PostgreSQL cannot store, such as a NUL in a JSON string (form fields and query parameters are refused by the
         * firewall before they reach a handler): the caller's error, 400, and nothing was stored (the transaction rolled back).
         * Any other integrity violation stays the server's.
         */
        @ExceptionHandler
        ResponseEntity<ProblemDetail> unstorable(DataIntegrityViolationException e, Locale locale) {
            if (!unstorableText(e)) {
                throw e;
            }
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unstorable-text", messages.render(UNSTORABLE_TEXT, Map.of(), locale));
            problem.setProperty("code", UNSTORABLE_TEXT);
            return ResponseEntity.badRequest().body(problem);
        }

        // SQLSTATE 22021 (character_not_in_repertoire: a NUL in text) and 22P05 (untranslatable_character: \u0000 in jsonb).
        private static boolean unstorableText(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                    return true;
                }
            }
            return false;
        }

        private static ProblemDetail problem(HttpStatus status, String type, String detail) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create(TYPE_BASE + type));
            problem.setTitle(status.getReasonPhrase());
            return problem;
        }
    }

    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class Pages {

        private final Messages messages;
        private final LayoutModel layout;
        private final ObjectProvider<InMemoryClientRegistrationRepository> providers;

        Pages(Messages messages, LayoutModel layout, ObjectProvider<InMemoryClientRegistrationRepository> providers) {
            this.messages = messages;
            this.layout = layout;
            this.providers = providers;
        }

        @ExceptionHandler
        ModelAndView refused(DomainException e, Locale locale, HttpServletRequest request) {
            if (e.code() == AccessError.REAL_NAME_REQUIRED) {
                return verifyFirst(request, locale);
            }
            ModelAndView page = new ModelAndView("portal/problem", layout.attributes(request, locale));
            page.setStatus(HttpStatus.valueOf(e.code().httpStatus()));
            page.addObject("message", messages.render(e.code(), e.arguments(), locale));
            page.addObject("status", e.code().httpStatus());
            return page;
        }

        /**
         * Bad input that a page's handler did not answer on its own form: each message, in the reader's language, on a page
         * of its own (422), rather than an error page that says nothing of what to correct.
         */
        @ExceptionHandler
        ModelAndView invalid(InvalidInputException e, Locale locale, HttpServletRequest request) {
            ModelAndView page = new ModelAndView("portal/problem", layout.attributes(request, locale));
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            List<String> problems = e.violations().stream().map(v -> messages.render(v.code(), v.arguments(), locale)).toList();
            page.addObject("message", messages.render("error.invalid-input", Map.of("count", problems.size()), locale));
            page.addObject("problems", problems);
            page.addObject("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page;
        }

        /** What a self-declared account sees instead of registers' data: why, and the ways to be verified that exist here. */
        private ModelAndView verifyFirst(HttpServletRequest request, Locale locale) {
            ModelAndView page = new ModelAndView("portal/real-name", layout.attributes(request, locale));
            page.setStatus(HttpStatus.FORBIDDEN);
            page.addObject("providers", IdentityProviders.configured(providers));
            return page;
        }
    }
}
