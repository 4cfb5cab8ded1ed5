package io.onewindow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * What a node keeps of the database is forgotten, on every node, when a change commits, whoever made it; a read that
 * raced a change keeps nothing; and a node that cannot hear of changes keeps nothing.
 */
class NodeCachesTests {

    private static TestDatabase server;
    private static String database;

    private NodeCaches nodeA;
    private NodeCaches nodeB;

    @BeforeAll
    static void aTableThatNotifiesItsChanges() throws SQLException {
        server = TestDatabase.get();
        database = server.createDatabase("nodecaches");
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("create table thing (id text primary key, colour text not null)");
            sql.execute("""
                    create function thing_changed() returns trigger language plpgsql as $$
                    begin
                        perform pg_notify('onewindow_cache', 'things:' || old.id);
                        return null;
                    end $$""");
            sql.execute("create trigger thing_changed after update or delete on thing for each row execute function thing_changed()");
            sql.execute("insert into thing values ('a', 'red'), ('b', 'blue')");
        }
    }

    @AfterEach
    void stopTheNodes() {
        for (NodeCaches node : new NodeCaches[] {nodeA, nodeB}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    void aChangeCommittedByAnyoneIsForgottenOnEveryNodeThatKeptIt() throws Exception {
        nodeA = started();
        nodeB = started();
        NodeCache<String> onA = nodeA.cache("things", 100, Duration.ofMinutes(1));
        NodeCache<String> onB = nodeB.cache("things", 100, Duration.ofMinutes(1));
        AtomicInteger reads = new AtomicInteger();
        assertThat(onA.get("a", () -> colour("a", reads))).isEqualTo("red");
        assertThat(onB.get("a", () -> colour("a", reads))).isEqualTo("red");
        assertThat(onA.get("a", () -> colour("a", reads))).isEqualTo("red");
        assertThat(reads).as("each node read it once, then kept it").hasValue(2);

        update("update thing set colour = 'green' where id = 'a'");

        long changed = System.nanoTime();
        awaitTrue(() -> onA.size() == 0 && onB.size() == 0);
        System.out.printf("Node caches: a change's notice reached both nodes in %.1f ms%n", (System.nanoTime() - changed) / 1e6);
        assertThat(onA.get("a", () -> colour("a", reads))).isEqualTo("green");
        assertThat(onB.get("a", () -> colour("a", reads))).isEqualTo("green");
        assertThat(onA.get("b", () -> colour("b", reads))).as("another key is read as before").isEqualTo("blue");
    }

    @Test
    void aValueReadWhileItChangedIsNotKept() {
        NodeCache<String> cache = new NodeCache<>(100, Duration.ofMinutes(1), () -> true);
        AtomicInteger reads = new AtomicInteger();

        String raced = cache.get("a", () -> {
            reads.incrementAndGet();
            cache.evict("a"); // the change's notice arrives while the old value is being read
            return "red";
        });

        assertThat(raced).isEqualTo("red");
        assertThat(cache.get("a", () -> {
            reads.incrementAndGet();
            return "green";
        })).as("read again, not the raced value").isEqualTo("green");
        assertThat(cache.get("a", () -> "never read")).as("kept once read undisturbed").isEqualTo("green");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aNodeThatIsNotListeningKeepsNothing() {
        nodeA = new NodeCaches(details());
        NodeCache<String> cache = nodeA.cache("things", 100, Duration.ofMinutes(1));
        AtomicInteger reads = new AtomicInteger();

        cache.get("a", () -> colour("a", reads));
        cache.get("a", () -> colour("a", reads));

        assertThat(nodeA.listening()).isFalse();
        assertThat(reads).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aLostListeningConnectionEmptiesTheCachesWhichAreBypassedUntilANewOneListens() throws Exception {
        nodeA = started();
        NodeCache<String> cache = nodeA.cache("things", 100, Duration.ofMinutes(1));
        AtomicInteger reads = new AtomicInteger();
        cache.get("b", () -> colour("b", reads));
        assertThat(cache.size()).isOne();

        update("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'onewindow node caches' "
                + "and datname = current_database()");
        awaitTrue(() -> !nodeA.listening() && cache.size() == 0); // emptied when the connection was lost
        update("update thing set colour = 'black' where id = 'b'");
        assertThat(cache.get("b", () -> colour("b", reads))).isEqualTo("black");
        assertThat(cache.size()).as("nothing kept while not listening").isZero();

        awaitTrue(nodeA::listening);
        cache.get("b", () -> colour("b", reads));
        int before = reads.get();
        assertThat(cache.get("b", () -> colour("b", reads))).isEqualTo("black");
        assertThat(reads).as("kept again once listening").hasValue(before);
        update("update thing set colour = 'blue' where id = 'b'");
        awaitTrue(() -> "blue".equals(cache.get("b", () -> colour("b", reads))));
    }

    private static NodeCaches started() throws InterruptedException {
        NodeCaches node = new NodeCaches(details());
        node.start();
        awaitTrue(node::listening);
        return node;
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static String colour(String id, AtomicInteger reads) {
        reads.incrementAndGet();
        try (Connection db = connect(); ResultSet row = db.createStatement().executeQuery("select colour from thing where id = '" + id + "'")) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database, server.user(), server.password());
    }

    private static JdbcConnectionDetails details() {
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return database;
            }

            @Override
            public String getUsername() {
                return server.user();
            }

            @Override
            public String getPassword() {
                return server.password();
            }
        };
    }
}
