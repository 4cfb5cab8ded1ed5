package io.onewindow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseConnectionsTests {

    private static final RuntimeSettings.Database EMBEDDED = new RuntimeSettings.Database(null, null, null, 0, null);
    private static final RuntimeSettings.Database EXTERNAL =
            new RuntimeSettings.Database("jdbc:postgresql://db.internal:5432/onewindow", "onewindow", "secret", 0, null);

    @Test
    void theEmbeddedDatabaseGetsOneConnectionPerRequestWorkerThreePerProcessorAndAtLeastSix() {
        assertThat(DatabaseConfiguration.connections(EMBEDDED, 1)).isEqualTo(6);
        assertThat(DatabaseConfiguration.connections(EMBEDDED, 2)).isEqualTo(6);
        assertThat(DatabaseConfiguration.connections(EMBEDDED, 3)).isEqualTo(9);
        assertThat(DatabaseConfiguration.connections(EMBEDDED, 16)).isEqualTo(48);
    }

    @Test
    void anExternalDatabaseGetsTenWhateverTheProcessorsOfThisNode() {
        assertThat(DatabaseConfiguration.connections(EXTERNAL, 2)).isEqualTo(10);
        assertThat(DatabaseConfiguration.connections(EXTERNAL, 64)).isEqualTo(10);
    }

    @Test
    void anOperatorsNumberOfConnectionsIsTakenAsGivenForEitherDatabase() {
        assertThat(DatabaseConfiguration.connections(new RuntimeSettings.Database(null, null, null, 0, 7), 2)).isEqualTo(7);
        assertThat(DatabaseConfiguration.connections(new RuntimeSettings.Database(EXTERNAL.url(), "u", "p", 0, 3), 2)).isEqualTo(3);
    }

    @Test
    void noConnectionsAtAllIsRefusedAtStartWithTheKeyNamed() {
        assertThatThrownBy(() -> new RuntimeSettings.Database(null, null, null, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onewindow.db.connections");
    }
}
