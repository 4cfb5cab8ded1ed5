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

    /**
     * The record as a JSON value for {@link io.onewindow.tlog.record.CanonicalJson}. Members are put in canonical
     * order, which spares the canonical form a sort; any order gives the same form.
     */
    public Map<String, Object> toJson() {
        return toJson(detail);
    }

    /** The record as a JSON value with its detail given as this JSON value (the same detail, written already). */
    Map<String, Object> toJson(Object detailJson) {
        Map<String, Object> actorJson = new LinkedHashMap<>(12);
        actorJson.put("account", text(actor.accountId()));
        actorJson.put("department", text(actor.departmentId()));
        actorJson.put("departmentName", actor.departmentName());
        actorJson.put("name", actor.name());
        actorJson.put("role", actor.role() == null ? null : actor.role().name());
        actorJson.put("username", actor.username());
        Map<String, Object> object = new LinkedHashMap<>(4);
        object.put("id", objectId);
        object.put("type", objectType);
        Map<String, Object> json = new LinkedHashMap<>(16);
        json.put("action", action);
        json.put("actor", actorJson);
        json.put("at", at.toString());
        json.put("detail", detailJson);
        json.put("id", id.toString());
        json.put("object", object);
        json.put("purpose", purpose);
        json.put("requestId", requestId);
        json.put("subject", text(subject));
        return json;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
