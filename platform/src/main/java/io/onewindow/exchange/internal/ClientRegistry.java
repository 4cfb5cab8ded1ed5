package io.onewindow.exchange.internal;

import io.onewindow.exchange.ClientRegistered;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The department systems that may query the exchange, with their hashed secrets and their rate limits. */
@Service
public class ClientRegistry {

    public static final int DEFAULT_PER_MINUTE = 600;

    private final JdbcClient jdbc;
    private final Departments departments;
    private final PasswordEncoder passwords;
    private final AuditedActions actions;
    private final Clock clock;
    /** Every query names its client: looked up once per node, since a client's department never changes. */
    private final Map<String, ExchangeClient> byClientId = new ConcurrentHashMap<>();

    ClientRegistry(JdbcClient jdbc, Departments departments, PasswordEncoder passwords, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.passwords = passwords;
        this.actions = actions;
        this.clock = clock;
    }

    @Transactional
    public ExchangeClient register(UUID departmentId, String clientId, String secret, String name, int perMinute) {
        DepartmentView department = departments.find(departmentId).orElseThrow(() -> new DomainException(ExchangeError.NOT_YOUR_DEPARTMENT));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into exchange.client (id, client_id, secret_hash, department_id, name, per_minute, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, clientId, passwords.encode(secret), departmentId, name, perMinute, Timestamp.from(Instant.now(clock)))
                .update();
        actions.publish(trace -> new ClientRegistered(clientId, department.id(), trace));
        return new ExchangeClient(id, clientId, department.id(), department.name(), name, perMinute);
    }

    public Optional<ExchangeClient> find(String clientId) {
        ExchangeClient known = byClientId.get(clientId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ExchangeClient> found = jdbc.sql("select id, client_id, department_id, name, per_minute from exchange.client where client_id = ?")
                .param(clientId)
                .query((rs, n) -> {
                    UUID department = rs.getObject("department_id", UUID.class);
                    return new ExchangeClient(rs.getObject("id", UUID.class), rs.getString("client_id"), department,
                            departments.find(department).map(DepartmentView::name).orElse(""), rs.getString("name"), rs.getInt("per_minute"));
                }).optional();
        found.ifPresent(c -> byClientId.put(clientId, c));
        return found;
    }

    Optional<String> secretHash(String clientId) {
        return jdbc.sql("select secret_hash from exchange.client where client_id = ?").param(clientId).query(String.class).optional();
    }

    Optional<String> clientIdOf(UUID id) {
        return jdbc.sql("select client_id from exchange.client where id = ?").param(id).query(String.class).optional();
    }

    public List<ExchangeClient> ofDepartment(UUID departmentId) {
        return jdbc.sql("select client_id from exchange.client where department_id = ? order by client_id").param(departmentId)
                .query(String.class).list().stream().flatMap(c -> find(c).stream()).toList();
    }
}
