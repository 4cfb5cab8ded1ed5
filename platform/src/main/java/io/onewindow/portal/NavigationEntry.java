package io.onewindow.portal;

/** A link in the site's navigation: in the header's main menu or in the footer, shown by {@code order}. */
public record NavigationEntry(Place place, int order, Label label, String href) {

    public enum Place {
        /** The main menu under the site's name, on every page. */
        HEADER,
        /** The footer, on every page. */
        FOOTER
    }
}
