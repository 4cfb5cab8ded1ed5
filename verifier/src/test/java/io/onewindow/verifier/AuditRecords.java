package io.onewindow.verifier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realistic audit records, shaped as docs/audit-formats.md defines them. */
final class AuditRecords {

    private static final String[] ACTIONS = {
        "identity.counter.identified", "identity.person.viewed", "cases.application.submitted", "cases.case.concluded"
    };

    private AuditRecords() {
    }

    static Map<String, Object> record(int sequence) {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("account", uuid("account", sequence % 7));
        actor.put("username", "officer" + sequence % 7);
        actor.put("name", "赵敏");
        actor.put("role", "OFFICER");
        actor.put("department", uuid("department", 3));
        actor.put("departmentName", "青岛市行政审批服务局");
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "person");
        object.put("id", uuid("person", sequence % 101));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("fields", List.of("name", "citizenId"));
        detail.put("counter", 1 + sequence % 12);
        detail.put("sequence", sequence);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", uuid("event", sequence));
        record.put("at", Instant.parse("2026-11-22T01:02:03.456789Z").plusMillis(1_337L * sequence).toString());
        record.put("action", ACTIONS[sequence % ACTIONS.length]);
        record.put("actor", actor);
        record.put("object", object);
        record.put("subject", uuid("person", sequence % 101));
        record.put("purpose", sequence % 2 == 0 ? "counter-identification" : null);
        record.put("requestId", "req-" + Integer.toHexString(sequence * 7919));
        record.put("detail", detail);
        return record;
    }

    private static String uuid(String kind, int number) {
        return UUID.nameUUIDFromBytes((kind + number).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
