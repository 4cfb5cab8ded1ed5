package io.onewindow.runtime;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.db.*}: the external database (required in production, optional in dev mode, where an
 * embedded PostgreSQL is started when no URL is given) and how many connections a node keeps to it;
 * {@code onewindow.data-dir}: where dev mode keeps its database and generated keys.
 */
@ConfigurationProperties("onewindow")
public record RuntimeSettings(Database db, @DefaultValue("data") Path dataDir) {

    public RuntimeSettings {
        db = db == null ? new Database(null, null, null, 0, null) : db;
    }

    /**
     * How many requests a node works on at once unless told otherwise ({@code onewindow.http.workers}): three per
     * processor, at least six. The embedded database gets as many connections, one for each, since a request needs
     * at most one.
     */
    public static int requestsAtOnce(int processors) {
        return Math.max(6, 3 * processors);
    }

    /**
     * An external PostgreSQL; {@code embeddedPort} is the port of the embedded one (0: any free port);
     * {@code connections} the node's pool of connections to either ({@link DatabaseConfiguration#connections}).
     */
    public record Database(String url, String user, String password, @DefaultValue("0") int embeddedPort, Integer connections) {

        public Database {
            if (connections != null && connections < 1) {
                throw new IllegalArgumentException("onewindow.db.connections must be at least 1, was " + connections);
            }
        }

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
