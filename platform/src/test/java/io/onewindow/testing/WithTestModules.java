package io.onewindow.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.ApplicationModulesFactory;

/**
 * The application modules as the tests run the platform: the shipped ones plus the modules that only the
 * tests add (Spring Modulith leaves test classes out by default, and with them their modules' Flyway
 * folders). Registered in the tests' {@code META-INF/spring.factories}.
 */
public class WithTestModules implements ApplicationModulesFactory {

    /** The packages, under {@code io.onewindow}, of modules that exist only in the tests. */
    public static final List<String> TEST_MODULES = List.of("noticeboard");

    /** Production classes, and of the test classes those of the test modules. */
    public static final ImportOption IMPORT = WithTestModules::imported;

    @Override
    public ApplicationModules of(Class<?> applicationClass) {
        return ApplicationModules.of(applicationClass, IMPORT);
    }

    private static boolean imported(Location location) {
        if (!new ImportOption.DoNotIncludeTests().includes(location)) {
            return TEST_MODULES.stream().anyMatch(module -> location.contains("/io/onewindow/" + module + "/"));
        }
        return true;
    }
}
