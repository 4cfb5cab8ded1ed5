package io.onewindow.bench.benefits;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The baseline: the same six clauses as a Drools rule (classic engine, DRL), end to end as a deployment would
 * run it — read every person from PostgreSQL, insert them into a session, fire, write the eligible back.
 */
final class DroolsMatching {

    static final String DRL = """
            package bench;
            import io.onewindow.bench.benefits.BenchPerson;
            global java.util.List eligible;
            rule "six clauses"
            when
                $p : BenchPerson(age >= %d, hukouLocal, division.startsWith("3702"), incomeBand <= %d,
                                 insurance == "RESIDENT" || insurance == "EMPLOYEE", disabilityGrade == 0 || contributionMonths >= 12)
            then
                eligible.add($p.getId());
            end
            """;

    private DroolsMatching() {
    }

    record Result(long eligible, long buildNanos, long loadNanos, long fireNanos, long writeNanos) {
        long total() {
            return buildNanos + loadNanos + fireNanos + writeNanos;
        }
    }

    static Result run(Connection connection, LocalDate today, int minAge, int maxBand) throws SQLException {
        long start = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.write("src/main/resources/bench/eligibility.drl", String.format(DRL, minAge, maxBand));
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        KieContainer container = services.newKieContainer(services.getRepository().getDefaultReleaseId());
        KieSession session = container.newKieSession();
        List<UUID> eligible = new ArrayList<>();
        session.setGlobal("eligible", eligible);
        long built = System.nanoTime();

        connection.setAutoCommit(false);
        try (PreparedStatement select = connection.prepareStatement("""
                select subject_id, birth_date, division, hukou_local, income_band, insurance, disability_grade, contribution_months
                from benefits.person_facts""")) {
            select.setFetchSize(20_000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    session.insert(new BenchPerson(rs.getObject(1, UUID.class), Period.between(rs.getObject(2, LocalDate.class), today).getYears(),
                            rs.getString(3), rs.getBoolean(4), rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getInt(8)));
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        long loaded = System.nanoTime();
        session.fireAllRules();
        session.dispose();
        long fired = System.nanoTime();

        connection.createStatement().execute("drop table if exists bench_drools_eligible");
        connection.createStatement().execute("create unlogged table bench_drools_eligible (subject_id uuid not null)");
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_drools_eligible FROM STDIN");
        StringBuilder out = new StringBuilder();
        for (UUID id : eligible) {
            out.append(id).append('\n');
        }
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
        long written = System.nanoTime();
        return new Result(eligible.size(), built - start, loaded - built, fired - loaded, written - fired);
    }
}
