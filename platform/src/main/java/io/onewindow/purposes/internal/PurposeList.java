package io.onewindow.purposes.internal;

import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.Violations;
import io.onewindow.purposes.NewPurpose;
import io.onewindow.purposes.Purpose;
import io.onewindow.purposes.PurposeDefined;
import io.onewindow.purposes.PurposeError;
import io.onewindow.purposes.PurposeRetired;
import io.onewindow.purposes.Purposes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purposes in {@code purposes.purpose}. Looked up on every read of personal data, so kept in memory;
 * a change on one node is seen by the others within a minute.
 */
@Service
class PurposeList implements Purposes {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{2,63}");

    private final JdbcClient jdbc;
    private final AuditedActions actions;
    private volatile Map<String, Purpose> byCode = Map.of();

    PurposeList(JdbcClient jdbc, AuditedActions actions) {
        this.jdbc = jdbc;
        this.actions = actions;
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void reload() {
        Map<String, Purpose> loaded = new ConcurrentHashMap<>();
        jdbc.sql("select code, name, name_en, legal_basis, active from purposes.purpose")
                .query((rs, i) -> new Purpose(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list().forEach(p -> loaded.put(p.code(), p));
        byCode = Map.copyOf(loaded);
    }

    private Map<String, Purpose> purposes() {
        if (byCode.isEmpty()) {
            reload();
        }
        return byCode;
    }

    @Override
    public Optional<Purpose> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(purposes().get(code.strip()));
    }

    @Override
    public Purpose require(String code) {
        return find(code).filter(Purpose::active)
                .orElseThrow(() -> new DomainException(PurposeError.UNKNOWN, Map.of("code", code == null ? "" : code)));
    }

    @Override
    public List<Purpose> active() {
        return all().stream().filter(Purpose::active).toList();
    }

    @Override
    public List<Purpose> all() {
        return purposes().values().stream().sorted(java.util.Comparator.comparing(Purpose::code)).toList();
    }

    @Override
    @Transactional
    public Purpose define(NewPurpose input) {
        Violations violations = new Violations();
        String code = present(input.code()) ? input.code().strip() : null;
        if (violations.require(code != null, "code", PurposeError.REQUIRED)
                && violations.require(CODE.matcher(code).matches(), "code", PurposeError.CODE_INVALID)) {
            violations.require(jdbc.sql("select count(*) from purposes.purpose where code = ?").param(code).query(Long.class).single() == 0,
                    "code", PurposeError.CODE_TAKEN);
        }
        String name = text(violations, "name", input.name(), 60);
        String nameEn = text(violations, "nameEn", input.nameEn(), 120);
        String legalBasis = text(violations, "legalBasis", input.legalBasis(), 500);
        violations.throwIfAny();
        jdbc.sql("insert into purposes.purpose (code, name, name_en, legal_basis, active) values (?, ?, ?, ?, true)")
                .params(code, name, nameEn, legalBasis).update();
        actions.publish(trace -> new PurposeDefined(code, legalBasis, trace));
        reloadAfterCommit();
        return new Purpose(code, name, nameEn, legalBasis, true);
    }

    @Override
    @Transactional
    public void retire(String code) {
        if (jdbc.sql("update purposes.purpose set active = false where code = ? and active").param(code).update() == 0) {
            throw new DomainException(PurposeError.UNKNOWN, Map.of("code", code));
        }
        actions.publish(trace -> new PurposeRetired(code, trace));
        reloadAfterCommit();
    }

    private void reloadAfterCommit() {
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        reload();
                    }
                });
    }

    private static String text(Violations violations, String field, String raw, int max) {
        if (!violations.require(present(raw), field, PurposeError.REQUIRED)) {
            return null;
        }
        String text = raw.strip();
        return violations.require(text.length() <= max, field, PurposeError.TOO_LONG, Map.of("max", max)) ? text : null;
    }

    private static boolean present(String raw) {
        return raw != null && !raw.isBlank();
    }
}
