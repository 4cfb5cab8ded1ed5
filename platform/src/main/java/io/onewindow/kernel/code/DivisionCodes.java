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
 * The division codes shipped in {@code divisions/} on the classpath (see the README there): today's
 * provinces, prefectures and counties, plus the counties and prefectures that existed at some time since 1980.
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

    @Override
    public boolean isCitizenAddress(String code) {
        return counties.contains(code) || RESIDENCE_PERMIT_ADDRESSES.contains(code);
    }

    @Override
    public boolean isRegistrationDivision(String code) {
        return registrationDivisions.contains(code);
    }

    private static final class Shipped {

        static final DivisionCodes INSTANCE = load();

        private static DivisionCodes load() {
            var provinces = readCodes("provinces.csv", code -> code + "0000");
            var prefectures = readCodes("cities.csv", code -> code + "00");
            prefectures.addAll(readCodes("historical-prefectures.csv", UnaryOperator.identity()));
            var counties = readCodes("areas.csv", UnaryOperator.identity());
            counties.addAll(readCodes("historical-counties.csv", UnaryOperator.identity()));
            return new DivisionCodes(provinces, prefectures, counties);
        }

        /** The first column of a CSV with a header row; the current lists give 2- and 4-digit prefixes. */
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
}
