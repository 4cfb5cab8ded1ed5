package io.onewindow.portal.web;

import io.onewindow.kernel.i18n.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The error dispatch's answer to a caller that does not take HTML: what the security filters refuse (401, 403), what
 * no handler takes (404, 405) and a failure no handler answered, as problem+json in the caller's language, like the
 * handlers' own refusals ({@link ErrorResponses}), never with an exception's text. Browsers still get the error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

    private final ErrorAttributes attributes;
    private final Messages messages;

    ProblemErrorController(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> views, Messages messages) {
        super(attributes, web.getError(), views.orderedStream().toList());
        this.attributes = attributes;
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", StatusTexts.of(messages, status.value(), attributes.getError(new ServletWebRequest(request)),
                RequestContextUtils.getLocale(request)));
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null) {
            problem.put("instance", path);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
