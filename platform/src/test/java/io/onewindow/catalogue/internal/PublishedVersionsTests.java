package io.onewindow.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.catalogue.Items;
import io.onewindow.catalogue.ServiceItem;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * A guide page and the API show what is published: a change made on this node from its commit on, one made on another
 * node once this node sees the catalogue's revision move, as its search does; in between they read nothing.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class PublishedVersionsTests {

    @Autowired
    CatalogueEditor editor;

    @Autowired
    CatalogueReader reader;

    @Autowired
    CatalogueIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeOnThisNodeIsShownFromItsCommitOn() {
        String code = newCode();
        editor.saveItem(Items.passport(code), EditorScope.EVERY_DEPARTMENT);
        assertThat(reader.find(code)).as("a draft").isEmpty();
        editor.publish(code, EditorScope.EVERY_DEPARTMENT);
        assertThat(reader.find(code)).map(ServiceItem::version).hasValue(1);
        editor.saveItem(Items.withFee(Items.passport(code), 8000L), EditorScope.EVERY_DEPARTMENT);
        editor.publish(code, EditorScope.EVERY_DEPARTMENT);
        assertThat(reader.find(code)).map(ServiceItem::feeFen).hasValue(8000L);

        editor.retire(code, EditorScope.EVERY_DEPARTMENT);

        assertThat(reader.find(code)).as("retired").isEmpty();
        assertThat(reader.versions(code).published()).containsExactly(2, 1);
    }

    @Test
    void aVersionPublishedOnAnotherNodeIsShownOnceThisNodeSeesTheCatalogueMove() {
        String code = newCode();
        editor.saveItem(Items.passport(code), EditorScope.EVERY_DEPARTMENT);
        editor.publish(code, EditorScope.EVERY_DEPARTMENT);
        assertThat(reader.find(code)).map(ServiceItem::version).hasValue(1);
        editor.saveItem(Items.withFee(Items.passport(code), 8000L), EditorScope.EVERY_DEPARTMENT);

        // Another node publishes version 2: its statements reach the database, not this node.
        jdbc.sql("update catalogue.entry_version set state = 'SUPERSEDED' where code = ? and state = 'PUBLISHED'").param(code).update();
        jdbc.sql("update catalogue.entry_version set state = 'PUBLISHED', published_at = now() where code = ? and version = 2")
                .param(code).update();
        jdbc.sql("update catalogue.revision set revision = revision + 1 where id = 1").update();

        assertThat(reader.find(code)).as("read before the revision moved, and not again until this node sees it move")
                .map(ServiceItem::version).hasValue(1);
        index.followOtherNodes();
        assertThat(reader.find(code)).hasValueSatisfying(current -> {
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.feeFen()).isEqualTo(8000L);
        });
    }

    private static String newCode() {
        return "370200-TEST-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
