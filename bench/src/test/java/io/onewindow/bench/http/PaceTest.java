package io.onewindow.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PaceTest {

    private static final long START = 5_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aServerAnsweringSteadilyHasNoStall() {
        // One answer a millisecond for a second: ten slices of a hundred.
        long[] answered = LongStream.range(0, 1000).map(i -> START + i * 1_000_000L).toArray();

        Pace pace = Pace.of(START, SECOND, answered);

        assertThat(pace.slices()).isEqualTo(10);
        assertThat(pace.median()).isEqualTo(100);
        assertThat(pace.fewest()).isEqualTo(100);
        assertThat(pace.stalls()).isZero();
        assertThat(pace.describe()).isEqualTo("answers per 100 ms: median 100, fewest 100; 0 of 10 slices under half the median");
    }

    @Test
    void aServerStandingStillForSixtyMillisecondsEveryThreeHundredShowsAStallInEachOfThoseSlices() {
        // Steady, but nothing answered in the first 60 ms of every third slice.
        long[] answered = LongStream.range(0, 1000).filter(i -> !((i / 100) % 3 == 0 && i % 100 < 60))
                .map(i -> START + i * 1_000_000L).toArray();

        Pace pace = Pace.of(START, SECOND, answered);

        assertThat(pace.median()).isEqualTo(100);
        assertThat(pace.fewest()).isEqualTo(40);
        assertThat(pace.stalls()).isEqualTo(4);
    }

    @Test
    void answersOutsideTheWindowAndInAShortLastSliceAreNotCounted() {
        long[] answered = {START - 1, START, START + SECOND - 1, START + SECOND, START + 2 * SECOND};

        Pace pace = Pace.of(START, SECOND + SECOND / 20, answered);

        assertThat(pace.slices()).isEqualTo(10);
        assertThat(pace.median()).isZero();
        assertThat(pace.fewest()).isZero();
    }
}
