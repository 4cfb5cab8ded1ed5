package io.onewindow.cases;

import io.onewindow.catalogue.Text;

/**
 * A material a {@link MaterialSource} can attach: {@code source} names the source (e.g. {@code licences}),
 * {@code reference} is its own id for the thing (e.g. a licence identifier), {@code description} what the
 * applicant is asked to consent to (e.g. "营业执照 91370200MA3C…, valid until 2030-05-01").
 */
public record OfferedMaterial(String source, String reference, Text description) {
}
