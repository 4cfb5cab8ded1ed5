package io.onewindow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, and the module documentation in docs/modules is current. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(OneWindowApplication.class);

    @Test
    void modulesHaveNoCyclesAndNoReachIntoAnotherModulesInternals() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramAndCanvasesIntoTheDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations();
    }

    static final Path DOCS = Path.of("../docs/modules");

    // The documenter writes a diagram's relations in no fixed order; sorted, the committed diagrams only
    // change when the modules do.
    private static void sortRelations() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(diagram);
                List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                Iterator<String> sorted = relations.iterator();
                Files.write(diagram, lines.stream().map(l -> l.startsWith("Rel(") ? sorted.next() : l).toList());
            }
        }
    }
}
