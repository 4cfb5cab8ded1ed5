/**
 * Notify: messages the platform sends to people outside it — text messages (SMS) and e-mail. Modules send
 * through {@link io.onewindow.notify.TextMessages}; which gateway carries them is configuration. In dev
 * mode nothing leaves the machine: messages are logged with the number masked and shown on a dev-only page
 * ({@code /dev/messages}), so that one-time codes can be read there. E-mail goes through
 * {@link io.onewindow.notify.EmailMessages} over SMTP, only when a mail server is configured
 * ({@code spring.mail.host}); without one nothing is sent. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package io.onewindow.notify;
