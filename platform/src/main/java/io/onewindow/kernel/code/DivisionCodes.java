package io.onewindow.kernel.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which division codes IDs and credit codes may carry: today's provinces, prefectures and counties, plus the
 * counties and prefectures that existed at some time since 1980 (shipped in {@code divisions/} on the
 * classpath, see the README there).
 */
public final class DivisionCodes implements AddressCodes {

    /** The central registration authorities (国家市场监督管理总局, 中央编办, …) register under the nation's code. */
    static final String NATION = "100000";

    /**
     * 港澳台居民居住证 numbers are citizen ID numbers whose address code is that of Hong Kong, Macao or Taiwan
     * (港澳台居民居住证申领发放办法, 2018).
     */
    static final Set<String> RESIDENCE_PERMIT_ADDRESSES = Set.of("810000", "820000", "830000");

    private final Set<String> counties;
    private final Set<String> registrationDivisions;

    DivisionCodes(Set<String> provinces, Set<String> prefectures, Set<String> counties) {
        this.counties = Set.copyOf(counties);
        var divisions = new HashSet<>(counties);
        divisions.addAll(prefectures);
        divisions.addAll(provinces);
        divisions.add(NATION);
        this.registrationDivisions = Set.copyOf(divisions);
    }

    /** The shipped lists, read once. */
    public static DivisionCodes shipped() {
        return Shipped.INSTANCE;
    }

    /**
     * Today's divisions as a register gives them (six-digit GB/T 2260 codes), with the former counties and
     * prefectures added: for a platform that keeps its own, possibly newer, division register.
     */
    public static DivisionCodes withFormerDivisions(Set<String> provinces, Set<String> prefectures, Set<String> counties) {
        var allPrefectures = new HashSet<>(prefectures);
        allPrefectures.addAll(Former.PREFECTURES);
        var allCounties = new HashSet<>(counties);
        allCounties.addAll(Former.COUNTIES);
        return new DivisionCodes(provinces, allPrefectures, allCounties);
    }

    @Override
    public boolean isCitizenAddress(String code) {
        return counties.contains(code) || RESIDENCE_PERMIT_ADDRESSES.contains(code);
    }

    @Override
    public boolean isRegistrationDivision(String code) {
        return registrationDivisions.contains(code);
    }

    /** The former divisions, read once. */
    private static final class Former {

        static final Set<String> PREFECTURES = readCodes("historical-prefectures.csv", UnaryOperator.identity());
        static final Set<String> COUNTIES = readCodes("historical-counties.csv", UnaryOperator.identity());
    }

    /** Today's divisions as shipped, with the former ones, read once. */
    private static final class Shipped {

        static final DivisionCodes INSTANCE = withFormerDivisions(readCodes("provinces.csv", code -> code + "0000"),
                readCodes("cities.csv", code -> code + "00"), readCodes("areas.csv", UnaryOperator.identity()));
    }

    /** The first column of a shipped CSV with a header row; the current lists give 2- and 4-digit prefixes. */
    private static Set<String> readCodes(String file, UnaryOperator<String> toSixDigits) {
        var resource = "/divisions/" + file;
        try (InputStream in = DivisionCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var codes = new HashSet<String>();
            reader.lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.substring(0, line.indexOf(',')))
                    .map(toSixDigits)
                    .forEach(codes::add);
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
