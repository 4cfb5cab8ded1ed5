package io.onewindow.testing;

import io.onewindow.identity.NewPerson;
import io.onewindow.kernel.code.CitizenId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Realistic people for tests: valid citizen IDs from a given county, never one used before in this JVM. */
public final class Persons {

    private static final String[] NAMES = {"林晓彤", "周建华", "高文静", "郑志远", "谢婷婷", "韩立新", "曹雨桐", "彭国强"};

    private static final Set<String> ISSUED = new HashSet<>();

    private Persons() {
    }

    /** A citizen ID of someone born in the 1980s in the county, unique in this JVM. */
    public static synchronized String citizenIdFrom(String county) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String id;
        do {
            id = CitizenId.of(county, LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 40)), random.nextInt(1000)).value();
        } while (!ISSUED.add(id));
        return id;
    }

    public static String aName() {
        return NAMES[ThreadLocalRandom.current().nextInt(NAMES.length)];
    }

    public static String aMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A citizen of the county living in one of its villages. */
    public static NewPerson aCitizenOf(String county, String village) {
        return new NewPerson(citizenIdFrom(county), aName(), aMobile(), village, "香港中路10号");
    }

    /** 市南区, 云霄路社区 */
    public static NewPerson aShinanResident() {
        return aCitizenOf("370202", "370202001001");
    }
}
