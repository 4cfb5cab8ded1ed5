package io.onewindow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
        if (context.getEnvironment().getProperty("onewindow.db.url") != null) {
            return;
        }
        TestDatabase database = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("onewindow-test-database", Map.of(
                "onewindow.db.url", database.url(),
                "onewindow.db.user", database.user(),
                "onewindow.db.password", database.password(),
                "onewindow.data-dir", DATA_DIR)));
    }

    private static String dataDirectory() {
        try {
            return Files.createTempDirectory("onewindow-test-data").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
