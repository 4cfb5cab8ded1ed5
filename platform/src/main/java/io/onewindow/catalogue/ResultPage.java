package io.onewindow.catalogue;

import java.util.List;

/** One page of results: the entries, which page of what size, and how many there are in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
