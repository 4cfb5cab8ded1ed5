package io.onewindow.divisions.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.divisions.Division;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A search by name over the shipped division tree finds what reading every name finds, in the same order. */
class DivisionNamesTests {

    private final DivisionTree tree = new DivisionTree(new DivisionSettings(null));
    private final List<Division> all = List.copyOf(tree.all());
    private final DivisionNames names = new DivisionNames(all);

    @Test
    void everyPartOfANameFindsWhatReadingEveryNameFinds() {
        Set<String> texts = new LinkedHashSet<>(List.of("市南区", "青岛", "社区", "村", "山东省", "崂山区沙子口街道", "公积金", "怎么取", "区 ", ""));
        for (Division division : all.stream().filter(d -> d.code().hashCode() % 7 == 0).toList()) {
            String name = division.name();
            texts.add(name.substring(0, 1));
            texts.add(name.substring(name.length() / 2));
            if (name.length() > 2) {
                texts.add(name.substring(1, 3));
            }
        }
        assertThat(texts).hasSizeGreaterThan(500);
        for (String text : texts) {
            for (int limit : new int[] {1, 20, Integer.MAX_VALUE}) {
                assertThat(names.containing(text, limit)).as("%s, at most %d", text, limit).isEqualTo(read(text, limit));
            }
        }
        assertThat(tree.search("市南区", 20)).extracting(Division::code).containsExactly("370202");
        assertThat(tree.search("公积金 怎么取", 20)).isEmpty();
    }

    private List<Division> read(String text, int limit) {
        return all.stream().filter(d -> d.name().contains(text))
                .sorted(Comparator.comparing(Division::level).thenComparing(Division::code)).limit(limit).toList();
    }
}
