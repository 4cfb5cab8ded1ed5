package io.onewindow.audit.internal;

import io.onewindow.kernel.audit.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One record of the private audit store, in the exact shape its commitment covers (docs/audit-formats.md).
 * Built from an event when it is recorded and rebuilt from the stored columns when it is exported, so the
 * two must agree field by field.
 */
public record PrivateRecord(UUID id, Instant at, String action, Actor actor, String objectType, String objectId, UUID subject,
                     String purpose, String requestId, Map<String, Object> detail) {

    /** The record as a JSON value for {@link io.onewindow.tlog.record.CanonicalJson}. */
    public Map<String, Object> toJson() {
        Map<String, Object> actorJson = new LinkedHashMap<>();
        actorJson.put("account", text(actor.accountId()));
        actorJson.put("username", actor.username());
        actorJson.put("name", actor.name());
        actorJson.put("role", actor.role() == null ? null : actor.role().name());
        actorJson.put("department", text(actor.departmentId()));
        actorJson.put("departmentName", actor.departmentName());
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", objectType);
        object.put("id", objectId);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id.toString());
        json.put("at", at.toString());
        json.put("action", action);
        json.put("actor", actorJson);
        json.put("object", object);
        json.put("subject", text(subject));
        json.put("purpose", purpose);
        json.put("requestId", requestId);
        json.put("detail", detail);
        return json;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
