package io.onewindow.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.identity.*}.
 *
 * @param login        throttling of failed logins
 * @param personalCode lifetime of a personal code (一人一码) shown at a counter
 * @param oidc         how claims of the city's unified identity provider map to people
 * @param signUp       limits on self-registration and its one-time codes
 * @param reads        how many reads of personal data an officer may make in an hour before the data bureau is alerted
 */
@ConfigurationProperties("onewindow.identity")
public record IdentitySettings(
        @DefaultValue Login login,
        @DefaultValue PersonalCode personalCode,
        @DefaultValue Oidc oidc,
        @DefaultValue SignUp signUp,
        @DefaultValue Reads reads) {

    /**
     * @param maxFailures     failed attempts on one account within {@code window} before it is locked
     * @param maxFailuresPerAddress failed attempts from one client address within {@code window} before it is locked
     * @param window          how far back failures count
     * @param lockout         how long a lock lasts
     */
    public record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("30") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockout) {
    }

    public record PersonalCode(@DefaultValue("5m") Duration lifetime) {
    }

    /**
     * @param citizenIdClaim the ID-token claim holding the 18-character citizen ID of a real-name-verified user
     * @param nameClaim      the claim holding the person's name
     * @param phoneClaim     the claim holding the mobile number
     */
    public record Oidc(
            @DefaultValue("citizen_id") String citizenIdClaim,
            @DefaultValue("name") String nameClaim,
            @DefaultValue("phone_number") String phoneClaim) {
    }

    /**
     * @param maxPerAddress   sign-ups (and codes sent) from one client address within {@code window}
     * @param maxPerCitizenId sign-ups for one citizen ID within {@code window}
     * @param window          how far back attempts count
     * @param codeLifetime    how long a one-time code sent by text message stays valid
     */
    public record SignUp(
            @DefaultValue("10") int maxPerAddress,
            @DefaultValue("5") int maxPerCitizenId,
            @DefaultValue("1h") Duration window,
            @DefaultValue("10m") Duration codeLifetime) {
    }

    /** @param maxPerHour reads of personal data by one account within an hour; the next one is refused and reported */
    public record Reads(@DefaultValue("300") int maxPerHour) {
    }
}
