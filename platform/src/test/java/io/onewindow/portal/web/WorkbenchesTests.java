package io.onewindow.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A card's count reads as people write numbers, with a comma between thousands, in both languages. */
class WorkbenchesTests {

    @Test
    void aCountHasACommaBetweenThousands() {
        assertThat(Workbenches.grouped(0)).isEqualTo("0");
        assertThat(Workbenches.grouped(7)).isEqualTo("7");
        assertThat(Workbenches.grouped(999)).isEqualTo("999");
        assertThat(Workbenches.grouped(1_000)).isEqualTo("1,000");
        assertThat(Workbenches.grouped(12_345)).isEqualTo("12,345");
        assertThat(Workbenches.grouped(123_456)).isEqualTo("123,456");
        assertThat(Workbenches.grouped(1_234_567)).isEqualTo("1,234,567");
        assertThat(Workbenches.grouped(-1_234)).isEqualTo("-1,234");
        assertThat(Workbenches.grouped(Long.MAX_VALUE)).isEqualTo(String.format("%,d", Long.MAX_VALUE));
    }
}
