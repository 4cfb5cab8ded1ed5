package io.onewindow.divisions.internal;

import io.onewindow.divisions.Division;
import io.onewindow.divisions.DivisionLevel;
import io.onewindow.divisions.Divisions;
import io.onewindow.kernel.code.DivisionCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The division tree in memory: reference data that changes once a year with a release, a few thousand
 * rows for the demo city (some 700,000 for the whole country at village level, still fine in memory).
 * Read from {@code onewindow.divisions.dir} when set, otherwise from the files shipped in
 * {@code classpath:divisions/}.
 */
@Component
class DivisionTree implements Divisions {

    private static final String[] FILES = {"provinces.csv", "cities.csv", "areas.csv",
            "streets-370200.csv", "villages-370200.csv"};
    private static final Map<String, String> PARENT_COLUMN = Map.of(
            "cities.csv", "provinceCode", "areas.csv", "cityCode",
            "streets-370200.csv", "areaCode", "villages-370200.csv", "streetCode");

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> children = new HashMap<>();
    private final List<Division> provinces = new ArrayList<>();
    private final DivisionCodes issuedCodes;
    private final DivisionNames names;

    DivisionTree(DivisionSettings settings) {
        for (String file : FILES) {
            try (Reader reader = open(settings.dir(), file)) {
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    String parent = PARENT_COLUMN.containsKey(file) ? row.get(PARENT_COLUMN.get(file)) : null;
                    add(new Division(row.get("code"), row.get("name"), DivisionLevel.ofCode(row.get("code")), parent));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the division file " + file, e);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(Division::code)));
        provinces.sort(Comparator.comparing(Division::code));
        names = new DivisionNames(byCode.values());
        issuedCodes = DivisionCodes.withFormerDivisions(gbCodes(DivisionLevel.PROVINCE), gbCodes(DivisionLevel.CITY),
                gbCodes(DivisionLevel.COUNTY));
    }

    private Set<String> gbCodes(DivisionLevel level) {
        return byCode.values().stream().filter(d -> d.level() == level).map(Division::gbCode).collect(Collectors.toSet());
    }

    private void add(Division division) {
        byCode.put(division.code(), division);
        if (division.parentCode() == null) {
            provinces.add(division);
        } else {
            children.computeIfAbsent(division.parentCode(), k -> new ArrayList<>()).add(division);
        }
    }

    private static Reader open(Path directory, String file) throws IOException {
        if (directory != null && Files.isRegularFile(directory.resolve(file))) {
            return Files.newBufferedReader(directory.resolve(file), StandardCharsets.UTF_8);
        }
        InputStream in = new ClassPathResource("divisions/" + file).getInputStream();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Every division of the tree, in no order. */
    Collection<Division> all() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    @Override
    public Optional<Division> find(String code) {
        return Optional.ofNullable(code).map(DivisionTree::shortForm).map(byCode::get);
    }

    @Override
    public List<Division> path(String code) {
        List<Division> path = new ArrayList<>();
        for (Division d = find(code).orElse(null); d != null; d = d.parentCode() == null ? null : byCode.get(d.parentCode())) {
            path.add(0, d);
        }
        return path;
    }

    @Override
    public List<Division> children(String code) {
        return find(code).map(d -> children.getOrDefault(d.code(), List.of())).orElse(List.of());
    }

    @Override
    public List<Division> provinces() {
        return List.copyOf(provinces);
    }

    @Override
    public List<Division> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.copyOf(names.containing(text.strip(), limit));
    }

    @Override
    public boolean within(String code, String ancestor) {
        Optional<Division> a = find(ancestor);
        return a.isPresent() && path(code).contains(a.get());
    }

    // Citizen IDs and credit codes keep the division code they were issued with, so the codes retired since
    // 1980 count too; today's codes are this register's, which a newer onewindow.divisions.dir may extend.
    @Override
    public boolean isCitizenAddress(String code) {
        return issuedCodes.isCitizenAddress(code);
    }

    @Override
    public boolean isRegistrationDivision(String code) {
        return issuedCodes.isRegistrationDivision(code);
    }

    public int size() {
        return byCode.size();
    }

    // GB/T 2260 writes provinces and cities with trailing zeros (370000, 370200); the register keys them
    // by their significant digits (37, 3702).
    static String shortForm(String code) {
        String trimmed = code.strip();
        if (trimmed.length() == 6 && trimmed.endsWith("0000")) {
            return trimmed.substring(0, 2);
        }
        if (trimmed.length() == 6 && trimmed.endsWith("00")) {
            return trimmed.substring(0, 4);
        }
        return trimmed;
    }
}
