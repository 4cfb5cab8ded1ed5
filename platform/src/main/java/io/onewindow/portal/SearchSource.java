package io.onewindow.portal;

import java.util.List;
import java.util.Locale;

/**
 * Something the portal's search box can find: each module offers its own (departments, divisions,
 * service items…) and the portal shows the hits together.
 */
public interface SearchSource {

    List<SearchHit> search(String text, Locale locale, int limit);

    /**
     * Where this source's hits come among the others', lowest first: the services people came to find
     * before the departments and places that offer them.
     */
    default int order() {
        return 100;
    }

    /**
     * One hit: {@code kindKey} is the bundle key naming what it is (e.g. {@code search.kind.department}),
     * {@code title} and {@code detail} are already in the reader's language, {@code href} is where it lives.
     */
    record SearchHit(String kindKey, String title, String detail, String href) {
    }
}
