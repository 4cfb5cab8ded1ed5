package io.onewindow.kernel.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The codes of the shipped division lists, for generating realistic IDs and credit codes. */
final class ShippedDivisions {

    static final List<String> CITIZEN_ADDRESSES = Stream.of(
                    column("areas.csv", ""), column("historical-counties.csv", ""))
            .flatMap(List::stream).toList();

    static final List<String> REGISTRATION_DIVISIONS = Stream.of(
                    List.of(DivisionCodes.NATION), column("provinces.csv", "0000"), column("cities.csv", "00"),
                    column("historical-prefectures.csv", ""), CITIZEN_ADDRESSES)
            .flatMap(List::stream).toList();

    private ShippedDivisions() {
    }

    private static List<String> column(String file, String suffix) {
        var stream = ShippedDivisions.class.getResourceAsStream("/divisions/" + file);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            var codes = new ArrayList<String>();
            reader.lines().skip(1).forEach(line -> codes.add(line.substring(0, line.indexOf(',')) + suffix));
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
