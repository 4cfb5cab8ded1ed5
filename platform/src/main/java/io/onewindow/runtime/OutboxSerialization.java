package io.onewindow.runtime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an event is written to the outbox and read back: as JSON by the application's {@link JsonMapper}, the one
 * Spring Modulith would use too. Spring Modulith's own serializer looks that mapper up in the application context for
 * every event it writes (a bean lookup by type, 2 % of a case submission's request time); this one is given it once.
 */
@Configuration(proxyBeanMethods = false)
class OutboxSerialization {

    @Bean
    EventSerializer outboxEventSerializer(JsonMapper json) {
        return new EventSerializer() {
            @Override
            public Object serialize(Object event) {
                return json.writeValueAsString(event);
            }

            @Override
            public <T> T deserialize(Object serialized, Class<T> type) {
                return json.readerFor(type).readValue(serialized.toString());
            }
        };
    }
}
