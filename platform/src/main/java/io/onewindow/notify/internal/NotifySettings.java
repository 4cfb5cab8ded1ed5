package io.onewindow.notify.internal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.notify.*}. The mail server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param publicUrl the address people reach the platform at (scheme, host, port, no path), for links in messages
 * @param mailFrom  the sender of every mail
 */
@ConfigurationProperties("onewindow.notify")
public record NotifySettings(
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("onewindow@localhost") String mailFrom) {
}
