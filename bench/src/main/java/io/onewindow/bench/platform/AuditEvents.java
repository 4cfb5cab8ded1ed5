package io.onewindow.bench.platform;

import io.onewindow.audit.internal.RecordStore.Recorded;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.audit.Actor;
import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Trace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Auditable events as a city's counters and portal produce them: officers identifying people at a
 * counter and opening their files for a case, citizens signing in and submitting applications. Each
 * has the trace and facts the platform's modules attach, with details of the usual size. Not thread-safe;
 * one per writer.
 */
final class AuditEvents {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN_NAMES = {"敏", "伟", "芳", "娜", "秀英", "静", "丽", "强", "磊", "洋"};
    private static final String[] DEPARTMENTS = {"青岛市行政审批服务局", "青岛市市场监督管理局", "青岛市公安局市南分局",
            "青岛市人力资源和社会保障局", "青岛市不动产登记中心"};
    private static final String[] ITEMS = {"370200-FOOD-001", "370200-BIZ-LICENCE-003", "370200-HOUSING-012",
            "370200-SOCIAL-INSURANCE-007", "370200-PERMIT-021"};

    private final SplittableRandom random;
    private final List<Actor> officers = new ArrayList<>();
    private final List<Actor> citizens = new ArrayList<>();
    private final HexFormat hex = HexFormat.of();

    AuditEvents(long seed) {
        random = new SplittableRandom(seed);
        for (int i = 0; i < 40; i++) {
            int department = random.nextInt(DEPARTMENTS.length);
            officers.add(new Actor(uuid(), "officer" + i, name(), Role.OFFICER,
                    UUID.nameUUIDFromBytes(DEPARTMENTS[department].getBytes()), DEPARTMENTS[department]));
        }
        for (int i = 0; i < 1000; i++) {
            citizens.add(new Actor(uuid(), "citizen" + i, name(), Role.CITIZEN, null, null));
        }
    }

    List<Recorded> next(int count) {
        List<Recorded> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(next());
        }
        return events;
    }

    private Recorded next() {
        int kind = random.nextInt(4);
        Actor actor = kind < 2 ? pick(officers) : pick(citizens);
        Trace trace = new Trace(uuid(), Instant.now(), actor, hex.formatHex(bytes(8)));
        AuditFacts facts = switch (kind) {
            case 0 -> new AuditFacts("identity.counter.identified", "person", uuid().toString(), uuid(),
                    "counter-identification", Map.of("method", "resident-id-card", "counter", "A-0" + random.nextInt(10),
                    "result", "matched"));
            case 1 -> new AuditFacts("identity.person.viewed", "person", uuid().toString(), uuid(), "case-review",
                    Map.of("fields", List.of("name", "idNumber", "address", "phone"), "case", caseNumber()));
            case 2 -> new AuditFacts("identity.account.signed-in", "account", actor.accountId().toString(), null, null,
                    Map.of("method", "password", "channel", "web"));
            default -> new AuditFacts("cases.application.submitted", "case", caseNumber(), uuid(), "service-application",
                    Map.of("item", ITEMS[random.nextInt(ITEMS.length)], "attachments", 1 + random.nextInt(6), "channel", "web"));
        };
        return new Recorded(trace, facts);
    }

    private String caseNumber() {
        return "SP-2026-" + String.format(java.util.Locale.ROOT, "%07d", random.nextInt(10_000_000));
    }

    private String name() {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
    }

    private Actor pick(List<Actor> actors) {
        return actors.get(random.nextInt(actors.size()));
    }

    private UUID uuid() {
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
