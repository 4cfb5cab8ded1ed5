package io.onewindow.calendar.internal;

import io.onewindow.calendar.OfficialDay;
import io.onewindow.calendar.WorkingDays;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the years shipped with this release ({@code calendar/cn-official-days.csv}, from the State
 * Council's notices) into a database that does not have them yet, in every mode: they are official data,
 * not demo data. A year loaded later by an administrator is never overwritten by the shipped file.
 */
@Component
@Order(-10)
class ShippedYears implements ApplicationRunner {

    static final String FILE = "calendar/cn-official-days.csv";
    private static final Map<Integer, String> SOURCES = Map.of(
            2025, "国办发明电〔2024〕12号",
            2026, "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）");
    private static final Logger log = LoggerFactory.getLogger(ShippedYears.class);

    private final WorkingDays workingDays;
    private final JdbcClient jdbc;

    ShippedYears(WorkingDays workingDays, JdbcClient jdbc) {
        this.workingDays = workingDays;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Map.Entry<Integer, List<OfficialDay>> year : read().entrySet()) {
            boolean loaded = jdbc.sql("select count(*) from calendar.year where year = ?").param(year.getKey())
                    .query(Long.class).single() > 0;
            if (!loaded) {
                workingDays.load(year.getKey(), SOURCES.getOrDefault(year.getKey(), FILE), year.getValue());
                log.info("Loaded the official calendar of {} ({} days)", year.getKey(), year.getValue().size());
            }
        }
    }

    /** The shipped official days by year. */
    static Map<Integer, List<OfficialDay>> read() {
        Map<Integer, List<OfficialDay>> years = new TreeMap<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                LocalDate date = LocalDate.parse(row.get("date"));
                OfficialDay day = new OfficialDay(date, OfficialDay.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)), row.get("name"));
                years.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(day);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
        return years;
    }
}
