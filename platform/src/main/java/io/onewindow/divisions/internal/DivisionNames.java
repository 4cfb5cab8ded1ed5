package io.onewindow.divisions.internal;

import io.onewindow.divisions.Division;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds divisions by a part of their name without reading every name: for each character, the divisions whose name
 * holds it, so that a search reads only the names that hold the text's rarest character (a few thousand divisions
 * here, some 700,000 for a whole country at village level). Finds exactly what reading every name would, in the same
 * order: by level, then by code.
 */
final class DivisionNames {

    private static final int[] NONE = {};

    private final Division[] ordered;
    /** Character → the positions in {@link #ordered} of the divisions whose name holds it, ascending. */
    private final Map<Integer, int[]> holding;

    DivisionNames(Collection<Division> divisions) {
        ordered = divisions.stream().sorted(Comparator.comparing(Division::level).thenComparing(Division::code)).toArray(Division[]::new);
        Map<Integer, Positions> building = new HashMap<>();
        for (int i = 0; i < ordered.length; i++) {
            int position = i;
            ordered[i].name().codePoints().distinct().forEach(c -> building.computeIfAbsent(c, k -> new Positions()).add(position));
        }
        holding = new HashMap<>(building.size() * 2);
        building.forEach((c, positions) -> holding.put(c, positions.trimmed()));
    }

    /** Up to {@code limit} divisions whose name contains {@code text}, by level, then by code. */
    List<Division> containing(String text, int limit) {
        int[] fewest = null;
        for (int c : text.codePoints().distinct().toArray()) {
            int[] positions = holding.getOrDefault(c, NONE);
            if (fewest == null || positions.length < fewest.length) {
                fewest = positions;
            }
        }
        List<Division> found = new ArrayList<>();
        int candidates = fewest == null ? ordered.length : fewest.length; // every name contains the empty text
        for (int i = 0; i < candidates && found.size() < limit; i++) {
            Division division = ordered[fewest == null ? i : fewest[i]];
            if (division.name().contains(text)) {
                found.add(division);
            }
        }
        return found;
    }

    /** A growing list of positions. */
    private static final class Positions {
        private int[] values = new int[4];
        private int size;

        void add(int position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        int[] trimmed() {
            return Arrays.copyOf(values, size);
        }
    }
}
