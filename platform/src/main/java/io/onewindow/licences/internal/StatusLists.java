package io.onewindow.licences.internal;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The revocation and suspension lists (W3C Bitstring Status List v1.0). Each list has {@value #SIZE} entries,
 * the minimum the specification recommends for herd privacy: a verifier fetching a list learns nothing about
 * which of its licences is being checked. A licence's position comes from a sequence and is spread over the
 * list, so that neighbouring positions are not licences issued one after the other. Each list is a signed
 * {@code BitstringStatusListCredential}, re-signed in the transaction that sets or clears a bit, so a
 * revocation is in the served list when the transaction commits.
 */
@Component
public class StatusLists {

    private static final JsonProvider JSON = JsonProvider.provider();

    public static final int SIZE = 131_072;
    public static final List<String> PURPOSES = List.of("revocation", "suspension");

    private final JdbcClient jdbc;
    private final IssuerKeys keys;
    private final LicenceSettings settings;
    private final Clock clock;

    StatusLists(JdbcClient jdbc, IssuerKeys keys, LicenceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    public record Position(int list, int index) {
    }

    /**
     * The next {@code count} free positions, in one round trip: each its list, and its index spread over the list
     * (a bijection of 0 … SIZE − 1).
     */
    public List<Position> allocate(int count) {
        return jdbc.sql("select nextval('licences.status_position') from generate_series(1, :count)").param("count", count)
                .query(Long.class).list().stream().map(next -> position(next - 1)).toList();
    }

    static Position position(long position) {
        int list = (int) (position / SIZE) + 1;
        long x = position % SIZE;
        x = (x * 0x9E37L + 0x5A5AL) & (SIZE - 1);   // odd multiplier: a bijection modulo 2^17
        x ^= x >>> 9;                               // xorshift: a bijection as well
        return new Position(list, (int) x);
    }

    public String url(String purpose, int list) {
        return settings.url("/licences/status/" + purpose + "/" + list);
    }

    /** A licence's two entries, revocation and suspension, at the same position of their lists. */
    public List<JsonObject> entries(Position position) {
        return PURPOSES.stream().map(purpose -> JSON.createObjectBuilder()
                .add("id", url(purpose, position.list()) + "#" + position.index())
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", purpose)
                .add("statusListIndex", String.valueOf(position.index()))
                .add("statusListCredential", url(purpose, position.list()))
                .build()).toList();
    }

    /** Sets or clears a bit and re-signs the list, in the caller's transaction (the row stays locked until it commits). */
    public void set(String purpose, Position position, boolean value) {
        ensure(purpose, position.list());
        byte[] bits = jdbc.sql("select bits from licences.status_list where purpose = :purpose and list_no = :list for update")
                .param("purpose", purpose).param("list", position.list()).query(byte[].class).single();
        int mask = 0x80 >>> (position.index() % 8);   // index 0 is the first (leftmost) bit
        bits[position.index() / 8] = (byte) (value ? bits[position.index() / 8] | mask : bits[position.index() / 8] & ~mask);
        store(purpose, position.list(), bits);
    }

    /** The signed status list credential, or empty for a list past the last one in use. */
    public Optional<String> credential(String purpose, int list) {
        if (!PURPOSES.contains(purpose) || list < 1 || list > listsInUse()) {
            return Optional.empty();
        }
        ensure(purpose, list);
        return jdbc.sql("select credential from licences.status_list where purpose = :purpose and list_no = :list")
                .param("purpose", purpose).param("list", list).query(String.class).optional();
    }

    /** The bit of a list this platform serves, read from its own table; empty for any other list. */
    public Optional<Boolean> isSet(String statusListCredential, String purpose, long index) {
        String prefix = settings.url("/licences/status/" + purpose + "/");
        if (!statusListCredential.startsWith(prefix) || index < 0 || index >= SIZE) {
            return Optional.empty();
        }
        int list;
        try {
            list = Integer.parseInt(statusListCredential.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // The one byte of the bit, not the list's 16 KiB: a verification reads two bits.
        return jdbc.sql("select get_byte(bits, :byte) from licences.status_list where purpose = :purpose and list_no = :list")
                .param("byte", (int) index / 8).param("purpose", purpose).param("list", list).query(Integer.class).optional()
                .map(bits -> (bits & (0x80 >>> (index % 8))) != 0)
                .or(() -> list <= listsInUse() ? Optional.of(false) : Optional.empty());
    }

    private int listsInUse() {
        Long last = jdbc.sql("select last_value from licences.status_position").query(Long.class).single();
        return (int) (Math.max(0, last - 1) / SIZE) + 1;
    }

    private void ensure(String purpose, int list) {
        int exists = jdbc.sql("select count(*) from licences.status_list where purpose = :purpose and list_no = :list")
                .param("purpose", purpose).param("list", list).query(Integer.class).single();
        if (exists == 0) {
            byte[] bits = new byte[SIZE / 8];
            jdbc.sql("insert into licences.status_list (purpose, list_no, bits, credential, updated_at) "
                            + "values (:purpose, :list, :bits, :credential, :now) on conflict do nothing")
                    .param("purpose", purpose).param("list", list).param("bits", bits)
                    .param("credential", signed(purpose, list, bits)).param("now", Timestamp.from(clock.instant())).update();
        }
    }

    private void store(String purpose, int list, byte[] bits) {
        jdbc.sql("update licences.status_list set bits = :bits, credential = :credential, updated_at = :now "
                        + "where purpose = :purpose and list_no = :list")
                .param("bits", bits).param("credential", signed(purpose, list, bits))
                .param("now", Timestamp.from(clock.instant())).param("purpose", purpose).param("list", list).update();
    }

    private String signed(String purpose, int list, byte[] bits) {
        Instant now = clock.instant();
        String url = url(purpose, list);
        JsonObject credential = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2))
                .add("id", url)
                .add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", settings.issuerDid())
                .add("validFrom", now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
                .add("credentialSubject", JSON.createObjectBuilder()
                        .add("id", url + "#list")
                        .add("type", "BitstringStatusList")
                        .add("statusPurpose", purpose)
                        .add("encodedList", encode(bits)))
                .build();
        return DataIntegrity.sign(credential, keys.signers().subList(0, 1), now).toString();
    }

    /** Multibase base64url (no padding) of the GZIP-compressed bitstring. */
    static String encode(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
