package io.onewindow.divisions;

import io.onewindow.kernel.code.AddressCodes;
import java.util.List;
import java.util.Optional;

/**
 * The register of administrative divisions (行政区划): the five-level tree, lookup by code in either the
 * short form (3702) or the six-digit GB/T 2260 form (370200), the full path from the province down; and the
 * address codes a citizen ID or a credit code may carry ({@link AddressCodes}).
 */
public interface Divisions extends AddressCodes {

    Optional<Division> find(String code);

    /** From the province down to the division itself: 山东省 &gt; 青岛市 &gt; 市南区 &gt; 香港中路街道 &gt; 云霄路社区. */
    List<Division> path(String code);

    List<Division> children(String code);

    List<Division> provinces();

    /** Divisions whose name contains the text, shallowest first, at most {@code limit}. */
    List<Division> search(String text, int limit);

    /** Whether the division {@code code} is {@code ancestor} or lies within it. */
    boolean within(String code, String ancestor);

    /** The path as one line, {@code 山东省 > 青岛市 > 市南区}; the code itself when unknown. */
    default String pathName(String code) {
        List<Division> path = path(code);
        return path.isEmpty() ? code : String.join(" > ", path.stream().map(Division::name).toList());
    }
}
