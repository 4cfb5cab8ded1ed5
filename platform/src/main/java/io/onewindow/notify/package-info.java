/**
 * Notify: messages the platform sends to people outside it — text messages (SMS) today. Modules send
 * through {@link io.onewindow.notify.TextMessages}; which gateway carries them is configuration. In dev
 * mode nothing leaves the machine: messages are logged with the number masked and shown on a dev-only page
 * ({@code /dev/messages}), so that one-time codes can be read there. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notify")
package io.onewindow.notify;
