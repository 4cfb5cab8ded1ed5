package io.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void aWarmUpWithNoTimeToSpareRunsItsRoundOnceAndSaysHowBusyTheCompilerWas() throws Exception {
        AtomicInteger rounds = new AtomicInteger();

        WarmUp.Result result = WarmUp.untilCompiled(rounds::incrementAndGet, Duration.ZERO);

        assertThat(rounds).hasValue(1);
        assertThat(result.rounds()).isEqualTo(1);
        assertThat(result.describe()).startsWith("1 round, ").contains("% of a processor in the last round");
    }

    @Test
    void roundsRepeatWhileTheCompilerIsBusyAndStopOnceItHasBeenQuietForTwoRoundsInARow() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        // The compiler works for ten seconds during each of the first three rounds, and not at all from the fourth.
        WarmUp.Result result = WarmUp.untilCompiled(rounds::incrementAndGet, Duration.ofMinutes(10),
                () -> () -> rounds.get() <= 3 ? 10_000_000_000L : 0);

        assertThat(rounds).hasValue(5);
        assertThat(result.rounds()).isEqualTo(5);
        assertThat(result.quiet()).isTrue();
        assertThat(result.describe()).startsWith("5 rounds, ").contains("at most 0 % of a processor in the last 2 rounds")
                .doesNotContain("still compiling");
    }

    @Test
    void aCompilerIdleForOneRoundWithMoreToCompileDoesNotEndTheWarmUp() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        // Busy, idle for a moment, busy again, then done.
        WarmUp.Result result = WarmUp.untilCompiled(rounds::incrementAndGet, Duration.ofMinutes(10),
                () -> () -> rounds.get() == 1 || rounds.get() == 3 ? 10_000_000_000L : 0);

        assertThat(rounds).hasValue(5);
        assertThat(result.quiet()).isTrue();
    }

    @Test
    void aCompilerStillBusyAtTheLimitEndsTheWarmUpAndIsSaidToBe() throws Exception {
        AtomicInteger rounds = new AtomicInteger();

        WarmUp.Result result = WarmUp.untilCompiled(rounds::incrementAndGet, Duration.ZERO, () -> () -> 10_000_000_000L);

        assertThat(rounds).hasValue(1);
        assertThat(result.quiet()).isFalse();
        assertThat(result.describe()).endsWith("(still compiling at the limit)");
    }

    @Test
    void theCompilerThreadsAreFoundAndWhatTheyAddBetweenTwoReadingsIsCounted() throws Exception {
        Map<String, Long> before = WarmUp.compilerTicks().orElseThrow();
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) {
            sum += Integer.toString(i).hashCode() % 7;
        }
        Map<String, Long> after = WarmUp.compilerTicks().orElseThrow();

        assertThat(sum).isNotZero();
        assertThat(after).isNotEmpty();
        assertThat(WarmUp.compiledBetween(before, after)).isNotNegative();
        // A thread that started in between counts whole; one that ended is not counted against the others.
        assertThat(WarmUp.compiledBetween(Map.of("1", 5L, "2", 3L), Map.of("1", 7L, "3", 4L))).isEqualTo(6 * 10_000_000L);
    }
}
