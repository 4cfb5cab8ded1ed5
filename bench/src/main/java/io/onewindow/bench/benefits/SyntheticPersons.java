package io.onewindow.bench.benefits;

import io.onewindow.benefits.internal.DemoFacts;
import io.onewindow.benefits.internal.PersonFacts;
import io.onewindow.kernel.code.CitizenId;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Synthetic persons for the benefits benchmark: a valid citizen ID each (GB 11643, from one of 青岛市's
 * ten county codes, with its check character), the birth date and division it encodes, and facts drawn with
 * the shares a city's data shows (age pyramid of an ageing coastal city, 92% local household registration,
 * 6% with a disability certificate, 65% of working-age people employed…). Loaded with COPY.
 */
final class SyntheticPersons {

    static final String[] COUNTIES = {"370202", "370203", "370211", "370212", "370213", "370214", "370215", "370281", "370283", "370285"};
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private SyntheticPersons() {
    }

    /** Loads {@code count} persons into benefits.person_facts with COPY; returns the number of distinct valid IDs made. */
    static long load(Connection connection, long count, long seed) throws SQLException, IOException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        CopyIn copy = pg.getCopyAPI().copyIn("""
                COPY benefits.person_facts (subject_id, birth_date, division, hukou_local, disability_grade, employment, insurance,
                pension_receiving, income_band, only_child_parent, graduation_year, business_months, contribution_months, bank_account,
                updated_at) FROM STDIN""");
        Random random = new Random(seed);
        StringBuilder buffer = new StringBuilder(1 << 20);
        long valid = 0;
        for (long i = 0; i < count; i++) {
            int age = age(random);
            LocalDate birth = TODAY.minusYears(age).minusDays(random.nextInt(365));
            String county = COUNTIES[random.nextInt(COUNTIES.length)];
            CitizenId id = CitizenId.of(county, birth, random.nextInt(1000));
            if (CitizenId.checkCharacter(id.value().substring(0, 17)) == id.value().charAt(17)) {
                valid++;
            }
            Row row = row(random, age);
            buffer.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(id.birthDate()).append('\t')
                    .append(id.divisionCode()).append(String.format("%03d%03d", 1 + random.nextInt(12), 1 + random.nextInt(30))).append('\t')
                    .append(row.hukou ? 't' : 'f').append('\t').append(row.disability).append('\t').append(row.employment).append('\t')
                    .append(row.insurance).append('\t').append(row.pension ? 't' : 'f').append('\t').append(row.band).append('\t')
                    .append(row.onlyChild ? 't' : 'f').append('\t').append(row.graduation).append('\t').append(row.business).append('\t')
                    .append(row.contribution).append('\t').append("6222").append(String.format("%015d", Math.floorMod(random.nextLong(), 1_000_000_000_000_000L)))
                    .append('\t').append("2026-12-01 00:00:00+08").append('\n');
            if (buffer.length() > (1 << 20) - 512) {
                byte[] bytes = buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                buffer.setLength(0);
            }
        }
        byte[] bytes = buffer.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
        return valid;
    }

    record Row(boolean hukou, int disability, String employment, String insurance, boolean pension, int band, boolean onlyChild,
               int graduation, int business, int contribution) {
    }

    /** Qingdao's age structure, roughly: a fifth over 60, few over 90. */
    static int age(Random random) {
        int draw = random.nextInt(1000);
        if (draw < 160) {
            return random.nextInt(18);
        }
        if (draw < 790) {
            return 18 + random.nextInt(42);
        }
        if (draw < 950) {
            return 60 + random.nextInt(20);
        }
        if (draw < 995) {
            return 80 + random.nextInt(10);
        }
        return 90 + random.nextInt(15);
    }

    /** One person's facts, drawn as the demo city's are. */
    static Row row(Random random, int age) {
        PersonFacts p = DemoFacts.person(random, age, TODAY.getYear());
        return new Row(p.hukouLocal(), p.disabilityGrade(), p.employment(), p.insurance(), p.pensionReceiving(), p.incomeBand(),
                p.onlyChildParent(), p.graduationYear(), p.businessMonths(), p.contributionMonths());
    }
}
