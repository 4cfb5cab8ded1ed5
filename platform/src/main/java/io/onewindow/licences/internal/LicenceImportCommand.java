package io.onewindow.licences.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line import: {@code java -jar onewindow.jar --licences.import=licences.csv
 * --spring.main.web-application-type=none} imports the file for any department, prints progress and every bad
 * line, and exits with 0 when every line was imported, 1 otherwise.
 */
@Component
class LicenceImportCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LicenceImportCommand.class);
    /** How often the command line is told how far the import has got. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final LicenceImport imports;
    private final ConfigurableApplicationContext context;

    LicenceImportCommand(LicenceImport imports, ConfigurableApplicationContext context) {
        this.imports = imports;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> files = args.getOptionValues("licences.import");
        if (files == null || files.isEmpty()) {
            return;
        }
        Path file = Path.of(files.get(0));
        LicenceImport.Progress progress = new LicenceImport.Progress();
        Thread reporter = new Thread(() -> {
            while (!progress.finished()) {
                log.info("Importing {}: {} of {} lines done", file, progress.done(), progress.total());
                try {
                    Thread.sleep(PROGRESS_EVERY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "licence-import-progress");
        reporter.setDaemon(true);
        reporter.start();
        try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            imports.run(csv, Locale.SIMPLIFIED_CHINESE, department -> true, progress);
        }
        reporter.interrupt();
        progress.errors().forEach(e -> System.out.println("line " + e.line() + ": " + e.message()));
        System.out.println("Imported " + progress.imported() + " of " + progress.total() + " licences; "
                + progress.errors().size() + " lines refused");
        int code = progress.errors().isEmpty() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
