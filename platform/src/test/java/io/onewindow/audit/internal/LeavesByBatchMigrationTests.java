package io.onewindow.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records logged before the log kept its leaves by batch keep their places: those logged in arrival order (before the
 * record table was the queue), those logged in queue order after it, and one still queued, which has none yet.
 */
class LeavesByBatchMigrationTests {

    @Test
    void everyLoggedRecordKeepsItsPlaceInTheLogAndAQueuedOneStillHasNone() {
        FluentConfiguration migrations = TestDatabase.get().migrationsOnNewDatabase("audit");
        migrations.target("1").load().migrate();
        JdbcClient jdbc = JdbcClient.create(migrations.getDataSource());

        // Logged in the order they arrived, which is not the order of their (random) ids.
        Map<UUID, Long> places = new LinkedHashMap<>();
        for (long leaf = 0; leaf < 5; leaf++) {
            UUID id = UUID.randomUUID();
            insertRecord(jdbc, id);
            jdbc.sql("insert into audit.leaf (leaf_index, record_id) values (?, ?)").params(leaf, id).update();
            places.put(id, leaf);
        }
        List<UUID> waiting = List.of(UUID.randomUUID(), UUID.randomUUID());
        for (UUID id : waiting) {
            insertRecord(jdbc, id);
            jdbc.sql("insert into audit.pending (record_id) values (?)").param(id).update();
        }

        migrations.target("2").load().migrate();
        // The two waiting records, logged by the queue's integrator: in queue order, the mark moved past the last.
        List<UUID> inQueueOrder = jdbc.sql("select id from audit.record where txid = 1 order by id").query(UUID.class).list();
        for (UUID id : inQueueOrder) {
            long leaf = places.size();
            jdbc.sql("insert into audit.leaf (leaf_index, record_id) values (?, ?)").params(leaf, id).update();
            places.put(id, leaf);
        }
        jdbc.sql("update audit.tree set size = 7, integrated_txid = 1, integrated_id = ?").param(inQueueOrder.get(1)).update();
        UUID queued = UUID.randomUUID();
        insertRecord(jdbc, queued);

        migrations.target("latest").load().migrate();

        RecordStore records = new RecordStore(jdbc, new JdbcTemplate(migrations.getDataSource()), JsonMapper.builder().build());
        places.forEach((id, leaf) -> assertThat(records.find(id).orElseThrow().leafIndex()).as("the place of %s", id).isEqualTo(leaf));
        assertThat(records.find(queued).orElseThrow().leafIndex()).as("a record still queued").isNull();
        assertThat(jdbc.sql("select id from audit.queue").query(UUID.class).list()).containsExactly(queued);
        assertThat(jdbc.sql("select leaf_index, record_id from audit.leaf order by leaf_index")
                .query((rs, i) -> Map.entry(rs.getObject(2, UUID.class), rs.getLong(1))).list())
                .containsExactlyElementsOf(places.entrySet());
        assertThatThrownBy(() -> jdbc.sql("delete from audit.record where id = ?").param(queued).update())
                .hasMessageContaining("cannot be deleted");
    }

    private static void insertRecord(JdbcClient jdbc, UUID id) {
        jdbc.sql("""
                insert into audit.record (id, at, action, actor_username, detail, salt, commitment)
                values (?, now(), 'test.recorded', 'tester', '{}', '\\x00', sha256(?::bytea))""")
                .params(id, id.toString().getBytes()).update();
    }
}
