package io.onewindow.http.internal;

import java.util.function.Supplier;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The session store's transactions. Spring Session runs each of its reads and writes in a transaction of its own;
 * reading a session is one statement, which needs none, and its transaction cost a signed-in request a round
 * trip to the database (the commit) on every request. A read made through {@link #withoutTransaction} runs as
 * that one statement (and, for a session found expired, its one delete); saving, deleting and the expired
 * sessions' cleanup keep their transactions.
 */
final class SessionTransactions implements TransactionOperations {

    private static final ThreadLocal<Boolean> READING_ONE = new ThreadLocal<>();

    private final TransactionOperations transactions;

    SessionTransactions(TransactionOperations transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code read}, one statement of the store's, with no transaction of its own. */
    static <T> T withoutTransaction(Supplier<T> read) {
        READING_ONE.set(Boolean.TRUE);
        try {
            return read.get();
        } finally {
            READING_ONE.remove();
        }
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) throws TransactionException {
        if (READING_ONE.get() != null) {
            return action.doInTransaction(new SimpleTransactionStatus(false));
        }
        return transactions.execute(action);
    }
}
