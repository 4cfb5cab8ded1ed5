package io.onewindow.runtime;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds every module's {@link DemoData} in dev mode. Each is seeded in one transaction together with its
 * row in {@code runtime.demo_data}, so a restart (or a crash halfway) never seeds anything twice or half;
 * nodes starting at once take turns under an advisory lock, and the later ones find the rows.
 */
@Component
@ConditionalOnMode(Mode.DEV)
class DemoDataSeeder implements ApplicationRunner {

    private static final long LOCK = 0x6f77_6465_6d6f_6369L;
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final List<DemoData> data;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DemoDataSeeder(List<DemoData> data, JdbcClient jdbc, TransactionTemplate transactions) {
        this.data = data.stream().sorted(Comparator.comparingInt(DemoData::order).thenComparing(DemoData::name)).toList();
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoData demo : data) {
            transactions.executeWithoutResult(status -> seedOnce(demo));
        }
    }

    private void seedOnce(DemoData demo) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
        if (jdbc.sql("select count(*) from runtime.demo_data where name = ?").param(demo.name()).query(Long.class).single() > 0) {
            log.info("Demo data {} already seeded", demo.name());
            return;
        }
        long start = System.nanoTime();
        demo.seed();
        jdbc.sql("insert into runtime.demo_data (name, seeded_at) values (?, now())").param(demo.name()).update();
        log.info("Seeded demo data {} in {} ms", demo.name(), (System.nanoTime() - start) / 1_000_000);
    }
}
