package io.onewindow.cases.internal;

import io.onewindow.runtime.CommitStatements;
import java.util.List;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * When a filing's rows are written. A filing that is a transaction of its own (the API's, an applicant's page) writes
 * them with its commit, in the same message ({@link CommitStatements}): nothing in it reads them back, and they cost no
 * round trip of their own. A filing inside a caller's transaction (the demo data acts on the cases it has just filed)
 * writes them at once.
 */
public enum Writes {
    AT_ONCE,
    WITH_COMMIT;

    /** For the filing running now: {@link #WITH_COMMIT} if its {@code @Transactional} method began the transaction. */
    static Writes ofThisFiling() {
        return TransactionAspectSupport.currentTransactionStatus().isNewTransaction() ? WITH_COMMIT : AT_ONCE;
    }

    void write(CommitStatements commitStatements, List<CommitStatements.Statement> statements) {
        if (this == WITH_COMMIT) {
            commitStatements.add(() -> statements);
        } else {
            commitStatements.runNow(statements);
        }
    }
}
