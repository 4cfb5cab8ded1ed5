package io.onewindow.kernel.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ids of audited actions (also receipt ids), applications and cases are version 7 UUIDs: in time order, and never repeated. */
class TimeOrderedIdsTests {

    static final Instant AT = Instant.parse("2026-12-01T08:00:00.123Z");

    @Test
    void anIdCarriesItsMillisecondAndSortsAfterEveryEarlierOne() {
        UUID first = TimeOrderedIds.next(AT);
        UUID later = TimeOrderedIds.next(AT.plusMillis(1));

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isEqualTo(AT.toEpochMilli());
        assertThat(first.toString()).isLessThan(later.toString());
    }

    @Test
    void idsOfTheSameMillisecondNeverRepeat() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.next(AT));
        }
        assertThat(ids).hasSize(100_000);
    }

    @Test
    void everyOneOfThe74RandomBitsTakesBothValuesAndNoOtherBitMoves() {
        long highOnes = 0, highZeros = 0, lowOnes = 0, lowZeros = 0;
        for (int i = 0; i < 1_000; i++) {
            UUID id = TimeOrderedIds.next(AT);
            highOnes |= id.getMostSignificantBits();
            highZeros |= ~id.getMostSignificantBits();
            lowOnes |= id.getLeastSignificantBits();
            lowZeros |= ~id.getLeastSignificantBits();
        }
        long highMoving = highOnes & highZeros;
        long lowMoving = lowOnes & lowZeros;

        assertThat(highMoving).as("rand_a: the 12 bits after the version").isEqualTo(0x0FFFL);
        assertThat(lowMoving).as("rand_b: the 62 bits after the variant").isEqualTo(0x3FFF_FFFF_FFFF_FFFFL);
    }
}
