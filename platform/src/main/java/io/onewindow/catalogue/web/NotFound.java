package io.onewindow.catalogue.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An entry or version that does not exist (or was never published): answered with the bilingual 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {
}
