package io.onewindow;

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
    void writesTheModuleDiagramAndCanvasesIntoTheDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
