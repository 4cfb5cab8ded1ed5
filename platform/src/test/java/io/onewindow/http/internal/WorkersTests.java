package io.onewindow.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkersTests {

    @Test
    void aNodeWorksOnThreeRequestsPerProcessorAtOnceAndAtLeastSix() {
        assertThat(Workers.byDefault(1)).isEqualTo(6);
        assertThat(Workers.byDefault(2)).isEqualTo(6);
        assertThat(Workers.byDefault(3)).isEqualTo(9);
        assertThat(Workers.byDefault(16)).isEqualTo(48);
    }

    @Test
    void anOperatorsNumberOfWorkersIsTakenAsGiven() {
        assertThat(new Workers(new HttpSettings(8080, List.of(), 3)).workers()).isEqualTo(3);
        assertThat(new Workers(new HttpSettings(8080, List.of(), null)).workers())
                .isEqualTo(Workers.byDefault(Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void noWorkersAtAllIsRefusedAtStartWithTheKeyNamed() {
        assertThatThrownBy(() -> new HttpSettings(8080, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onewindow.http.workers");
    }
}
