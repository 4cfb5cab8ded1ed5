package io.onewindow.bench.platform;

import io.onewindow.audit.internal.LogIntegrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Keeps the platform's log integrator from running, by holding the advisory lock under which every
 * node integrates: while it is held, {@link LogIntegrator#integrateBatch()} finds the log busy and
 * integrates nothing. Taking it waits for an integration in progress to commit.
 */
final class LogPause implements AutoCloseable {

    private final Connection connection;

    private LogPause(Connection connection) {
        this.connection = connection;
    }

    static LogPause hold(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
            statement.setLong(1, LogIntegrator.LOCK);
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new LogPause(connection);
    }

    @Override
    public void close() throws SQLException {
        try (connection; PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            statement.setLong(1, LogIntegrator.LOCK);
            statement.execute();
        }
    }
}
