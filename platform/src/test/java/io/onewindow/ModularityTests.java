package io.onewindow;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.WithTestModules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold (including those of the modules the tests add), and the module documentation
 * in docs/modules describes the modules as they are. To update the documentation after changing the
 * modules, run this test with {@code -Donewindow.docs.write=true}.
 */
class ModularityTests {

    /** With the modules that only the tests add, which must keep to the same rules. */
    static final ApplicationModules ALL = new WithTestModules().of(OneWindowApplication.class);
    /** The modules the platform ships. */
    static final ApplicationModules SHIPPED = ApplicationModules.of(OneWindowApplication.class);
    static final Path DOCS = Path.of("../docs/modules");
    static final Path GENERATED = Path.of("target/modules-docs");

    @Test
    void modulesHaveNoCyclesAndNoReachIntoAnotherModulesInternals() {
        ALL.verify();
    }

    @Test
    void theTestsRunTheModuleThatOnlyTheTestsAdd() {
        assertThat(ALL.getModuleByName("noticeboard")).isPresent();
        assertThat(SHIPPED.getModuleByName("noticeboard")).isEmpty();
    }

    @Test
    void theModuleDiagramAndCanvasesInTheDocsAreCurrent() throws IOException {
        if (Files.isDirectory(GENERATED)) {
            try (Stream<Path> old = Files.list(GENERATED)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        new Documenter(SHIPPED, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations(GENERATED);
        boolean write = Boolean.getBoolean("onewindow.docs.write");
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.sorted().toList()) {
                Path committed = DOCS.resolve(generated.getFileName());
                if (!Files.exists(committed) || Files.mismatch(generated, committed) != -1) {
                    stale.add(committed.toString());
                    if (write) {
                        Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path committed : files.toList()) {
                if (!Files.exists(GENERATED.resolve(committed.getFileName()))) {
                    stale.add(committed + " (no such module any more)");
                    if (write) {
                        Files.delete(committed);
                    }
                }
            }
        }
        assertThat(stale).as("docs/modules is out of date: run mvn -pl platform test -Dtest=ModularityTests -Donewindow.docs.write=true")
                .isEmpty();
    }

    // The documenter writes a diagram's relations and a canvas's lists in no fixed order; sorted, the
    // committed documents only change when the modules do.
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path document : files.toList()) {
                List<String> lines = Files.readAllLines(document);
                if (document.toString().endsWith(".puml")) {
                    List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                    Iterator<String> sorted = relations.iterator();
                    lines = lines.stream().map(l -> l.startsWith("Rel(") ? sorted.next() : l).toList();
                } else if (document.toString().endsWith(".adoc")) {
                    lines = sortCanvasLists(lines);
                }
                Files.write(document, lines);
            }
        }
    }

    /** A canvas cell's list starts with a line {@code |* item} and goes on with lines {@code * item}. */
    private static List<String> sortCanvasLists(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("|* ")) {
                out.add(lines.get(i));
                continue;
            }
            List<String> items = new ArrayList<>();
            items.add(lines.get(i).substring(1));
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
                items.add(lines.get(++i));
            }
            items.sort(null);
            out.add("|" + items.get(0));
            out.addAll(items.subList(1, items.size()));
        }
        return out;
    }
}
