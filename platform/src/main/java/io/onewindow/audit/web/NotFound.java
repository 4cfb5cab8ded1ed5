package io.onewindow.audit.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Nothing here by that name: answered with the bilingual 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {
}
