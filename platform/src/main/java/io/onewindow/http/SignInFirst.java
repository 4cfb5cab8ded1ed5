package io.onewindow.http;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How an API call without valid credentials is refused: 401 through the servlet container's error dispatch, so that it
 * is answered as every other refusal is (problem+json in the caller's language), not with an empty body.
 */
public final class SignInFirst {

    private SignInFirst() {
    }

    public static AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> response.sendError(HttpStatus.UNAUTHORIZED.value());
    }
}
