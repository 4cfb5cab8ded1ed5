package io.onewindow.catalogue;

import io.onewindow.divisions.DivisionLevel;

/**
 * A search of the published catalogue: words as people type them (may be blank: then everything, by name),
 * and filters that are null when not set ({@code level}: the level of government of the owning department,
 * 市级, 区（市）级, …). {@code page} counts from 0; of a text longer than {@link #MAX_TEXT} characters, the beginning is searched.
 */
public record ServiceQuery(String text, Audience audience, String departmentCode, DivisionLevel level, LifeEvent lifeEvent,
                           BusinessEvent businessEvent, EntryKind kind, int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Pages past this one are empty in any city's catalogue (a million entries); a larger number is taken as this one. */
    public static final int MAX_PAGE = 10_000;
    /**
     * How much of the text is searched: what people type is a few words; a paragraph pasted into the box is searched
     * by its beginning (every character of a longer text would add a term to the query, past what the index takes).
     */
    public static final int MAX_TEXT = 80;

    public ServiceQuery {
        text = text == null ? "" : text.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT)).strip();
        }
        page = Math.max(0, Math.min(MAX_PAGE, page));
        size = Math.max(1, Math.min(MAX_SIZE, size));
    }

    public static ServiceQuery of(String text) {
        return new ServiceQuery(text, null, null, null, null, null, null, 0, 20);
    }
}
