package io.onewindow.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real SMTP server (GreenMail) for the test JVM, on a free port, started when a test first needs it. A test
 * points the platform at it with {@code @ContextConfiguration(initializers = MailServer.class)} (tests that do
 * share one context); mails are told apart by their recipient.
 */
public final class MailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    /** Sets {@code spring.mail.host} and {@code spring.mail.port} to this server. */
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("onewindow-test-mail-server",
                Map.of("spring.mail.host", "localhost", "spring.mail.port", server().getSmtp().getPort())));
    }

    private static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Every mail the server received for this address so far. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits for mails to the address until there are {@code count}, and returns them, oldest first. */
    public static List<MimeMessage> awaitMailsTo(String address, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(address).size() >= count);
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).as("mails to %s", address).hasSize(count);
        return mails;
    }

    /** The plain text of a mail, decoded. */
    public static String text(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
