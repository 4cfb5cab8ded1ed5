package io.onewindow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.audit.Actor;
import io.onewindow.kernel.audit.PersonalDataAccessed;
import io.onewindow.kernel.audit.Trace;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

class OutboxSerializationTests {

    private final EventSerializer outbox = new OutboxSerialization().outboxEventSerializer(JsonMapper.builder().build());

    @Test
    void anEventReadBackFromTheOutboxEqualsTheOneWritten() {
        Actor officer = new Actor(UUID.randomUUID(), "officer", "赵敏", Role.OFFICER, UUID.randomUUID(), "青岛市民政局");
        PersonalDataAccessed read = new PersonalDataAccessed(UUID.randomUUID(), "exchange.population", "social-assistance", UUID.randomUUID(),
                new Trace(UUID.randomUUID(), Instant.parse("2026-12-03T08:00:00.123456Z"), officer, "req-1"));

        Object stored = outbox.serialize(read);

        assertThat(stored).isInstanceOf(String.class).asString().contains("\"purpose\":\"social-assistance\"", "赵敏");
        assertThat(outbox.deserialize(stored, PersonalDataAccessed.class)).isEqualTo(read);
    }

    @Test
    void theOutboxUsesThisSerializerInsteadOfSpringModulithsOwn() throws ClassNotFoundException {
        // Spring Modulith's configuration is not public; it is the auto-configuration the application gets.
        Class<?> modulithsOwn = Class.forName("org.springframework.modulith.events.jackson.JacksonEventSerializationConfiguration");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(modulithsOwn))
                .withUserConfiguration(OutboxSerialization.class)
                .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
                .run(context -> assertThat(context).getBean(EventSerializer.class)
                        .satisfies(serializer -> assertThat(serializer.getClass().getEnclosingClass()).isEqualTo(OutboxSerialization.class)));
    }
}
