package io.onewindow.notify.internal;

import io.onewindow.kernel.privacy.Masking;
import io.onewindow.notify.EmailMessages;
import io.onewindow.notify.EmailNotSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through the mail server Spring Boot configures from {@code spring.mail.host} (and its port, user name,
 * password and properties); without that key Boot makes no sender and nothing is sent. Addresses are logged masked.
 */
@Component
class SmtpEmailMessages implements EmailMessages {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmailMessages.class);

    /** The sender Boot made, or null: found once (a lookup in the application context each time was a tenth of telling of a case). */
    private final JavaMailSender sender;
    private final NotifySettings settings;

    SmtpEmailMessages(ObjectProvider<JavaMailSender> sender, NotifySettings settings) {
        this.sender = sender.getIfAvailable();
        this.settings = settings;
    }

    @Override
    public boolean available() {
        return sender != null;
    }

    @Override
    public void send(String to, String subject, String text) {
        if (sender == null) {
            throw new EmailNotSent(Masking.email(to), null);
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new EmailNotSent(Masking.email(to), e);
        }
        log.info("E-mail sent to {}", Masking.email(to));
    }

    @Override
    public String link(String path) {
        String base = settings.publicUrl().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
