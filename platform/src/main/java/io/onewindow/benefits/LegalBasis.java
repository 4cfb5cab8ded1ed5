package io.onewindow.benefits;

/** The document a policy or a clause rests on, and the article in it. */
public record LegalBasis(String document, String article) {
}
