package io.onewindow.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring context a test starts at the JVM's {@link TestDatabase} and at a temporary data
 * directory (for the generated dev keys). Registered in the tests' {@code META-INF/spring.factories}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DATA_DIR = dataDirectory();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.springApplicationStarted();
        var sources = context.getEnvironment().getPropertySources();
        // The data directory overrides application.yml's; the database yields to any a test sets itself.
        sources.addFirst(new MapPropertySource("onewindow-test-data-dir", Map.of("onewindow.data-dir", DATA_DIR)));
        TestDatabase database = TestDatabase.get();
        sources.addLast(new MapPropertySource("onewindow-test-database", Map.of(
                "onewindow.db.url", database.url(),
                "onewindow.db.user", database.user(),
                "onewindow.db.password", database.password())));
    }

    private static String dataDirectory() {
        return TemporaryDirectories.create("onewindow-test-data").toString();
    }
}
