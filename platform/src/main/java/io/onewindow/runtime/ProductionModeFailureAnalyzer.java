package io.onewindow.runtime;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why production mode refused to start, one line per missing key, instead of a stack trace. */
class ProductionModeFailureAnalyzer extends AbstractFailureAnalyzer<ProductionModeMisconfigured> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionModeMisconfigured cause) {
        String description = "OneWindow is in production mode (onewindow.mode=prod) and cannot start:\n"
                + cause.problems().stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
        String action = "Set the missing keys as environment variables (e.g. ONEWINDOW_DB_URL) or properties"
                + " (onewindow.db.url), see docs/operations.md; or run in dev mode (onewindow.mode=dev).";
        return new FailureAnalysis(description, action, cause);
    }
}
