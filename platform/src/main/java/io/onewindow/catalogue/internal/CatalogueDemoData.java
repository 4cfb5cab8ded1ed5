package io.onewindow.catalogue.internal;

import io.onewindow.runtime.ConditionalOnMode;
import io.onewindow.runtime.DemoData;
import io.onewindow.runtime.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo city's catalogue: the items and bundles of {@code catalogue/qingdao.json}, imported and published
 * through the catalogue's own import, as the data bureau would load them, after the departments exist.
 */
@Component
@ConditionalOnMode(Mode.DEV)
class CatalogueDemoData implements DemoData {

    static final String RESOURCE = "catalogue/qingdao.json";
    private static final Logger log = LoggerFactory.getLogger(CatalogueDemoData.class);

    private final CatalogueTransfer transfer;

    CatalogueDemoData(CatalogueTransfer transfer) {
        this.transfer = transfer;
    }

    @Override
    public String name() {
        return "catalogue.qingdao";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void seed() {
        CatalogueTransfer.Imported imported = transfer.importDocument(document(), true, EditorScope.EVERY_DEPARTMENT);
        log.info("Seeded the catalogue: {} items and {} bundles published", imported.items(), imported.bundles());
    }

    static String document() {
        try (InputStream in = CatalogueDemoData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
