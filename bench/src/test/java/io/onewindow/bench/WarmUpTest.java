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
    void roundsRepeatWhileTheCompilerIsBusyAndStopOnceItIsQuietOrTheLimitHasPassed() throws Exception {
        AtomicInteger rounds = new AtomicInteger();

        WarmUp.Result result = WarmUp.untilCompiled(() -> {
            rounds.incrementAndGet();
            Thread.sleep(200);
        }, Duration.ofSeconds(5));

        // A round that only sleeps gives the compiler nothing to do: it is quiet after the first round or soon after.
        assertThat(result.rounds()).isEqualTo(rounds.get()).isBetween(1, 25);
        assertThat(result.quiet() || result.seconds() >= 5).isTrue();
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
