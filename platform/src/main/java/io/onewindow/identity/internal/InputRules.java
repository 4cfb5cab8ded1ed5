package io.onewindow.identity.internal;

import io.onewindow.divisions.Divisions;
import io.onewindow.identity.IdentityError;
import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.error.Violations;
import io.onewindow.kernel.time.CivilTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The checks the identity forms share: citizen ID, name, mobile number, division, dates, choices. */
@Component
class InputRules {

    // Names on Chinese ID cards: Chinese characters, with a middle dot in transliterated minority and
    // foreign names (e.g. 阿依古丽·买买提); Latin letters and spaces for foreigners' names.
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z][\\p{IsHan}A-Za-z·• ]{0,28}[\\p{IsHan}A-Za-z]");
    /** Dates before it are typing mistakes in every register of the platform (an enterprise founded in 1090). */
    static final int EARLIEST_YEAR = 1900;
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private final Divisions divisions;
    private final PersonRepository persons;
    private final Clock clock;

    InputRules(Divisions divisions, PersonRepository persons, Clock clock) {
        this.divisions = divisions;
        this.persons = persons;
        this.clock = clock;
    }

    CitizenId citizenId(Violations violations, String field, String raw) {
        if (!violations.require(present(raw), field, IdentityError.REQUIRED)) {
            return null;
        }
        return violations.parse(field, () -> CitizenId.parse(raw, divisions, CivilTime.today(clock)));
    }

    String name(Violations violations, String field, String raw) {
        if (!violations.require(present(raw), field, IdentityError.REQUIRED)) {
            return null;
        }
        String name = raw.strip();
        return violations.require(NAME.matcher(name).matches(), field, IdentityError.NAME_INVALID) ? name : null;
    }

    String phone(Violations violations, String field, String raw, boolean required) {
        if (!present(raw)) {
            violations.require(!required, field, IdentityError.REQUIRED);
            return null;
        }
        String phone = raw.replaceAll("[\\s-]", "");
        return violations.require(MOBILE.matcher(phone).matches(), field, IdentityError.PHONE_INVALID) ? phone : null;
    }

    String division(Violations violations, String field, String raw, String within) {
        if (!violations.require(present(raw), field, IdentityError.REQUIRED)) {
            return null;
        }
        var division = divisions.find(raw.strip());
        if (!violations.require(division.isPresent(), field, IdentityError.DIVISION_UNKNOWN, Map.of("code", raw.strip()))) {
            return null;
        }
        if (within != null && !divisions.within(division.get().code(), within)) {
            violations.require(false, field, IdentityError.DIVISION_OUTSIDE, Map.of("area", divisions.pathName(within)));
            return null;
        }
        return division.get().code();
    }

    String text(Violations violations, String field, String raw, int max, boolean required) {
        if (!present(raw)) {
            violations.require(!required, field, IdentityError.REQUIRED);
            return null;
        }
        String text = raw.strip();
        return violations.require(text.length() <= max, field, IdentityError.TOO_LONG, Map.of("max", max)) ? text : null;
    }

    /**
     * The registered person named on a form by citizen ID and name, both checked: the ID valid and
     * registered, the name the one registered for it. Empty, with the problems recorded, otherwise.
     */
    Optional<Person> registeredPerson(Violations violations, String rawCitizenId, String rawName) {
        CitizenId citizenId = citizenId(violations, "citizenId", rawCitizenId);
        String name = name(violations, "name", rawName);
        if (citizenId == null) {
            return Optional.empty();
        }
        Optional<Person> person = persons.findByCitizenId(citizenId.value());
        violations.require(person.isPresent(), "citizenId", IdentityError.PERSON_NOT_REGISTERED);
        if (person.isPresent() && name != null) {
            violations.require(person.get().name.equals(name), "name", IdentityError.NAME_DOES_NOT_MATCH);
        }
        return person;
    }

    /** The register's code for a division, when it knows it. */
    Optional<String> knownDivision(String code) {
        return divisions.find(code).map(io.onewindow.divisions.Division::code);
    }

    static boolean present(String raw) {
        return raw != null && !raw.isBlank();
    }

    <E extends Enum<E>> E oneOf(Violations violations, String field, String raw, Class<E> type, IdentityError unknown) {
        if (!violations.require(present(raw), field, IdentityError.REQUIRED)) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.require(false, field, unknown);
            return null;
        }
    }

    LocalDate pastDate(Violations violations, String field, String raw) {
        if (!violations.require(present(raw), field, IdentityError.REQUIRED)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw.strip());
            if (!violations.require(date.getYear() >= EARLIEST_YEAR, field, IdentityError.DATE_TOO_EARLY,
                    Map.of("earliest", EARLIEST_YEAR))) {
                return null;
            }
            return violations.require(!date.isAfter(CivilTime.today(clock)), field, IdentityError.DATE_IN_FUTURE) ? date : null;
        } catch (DateTimeParseException e) {
            violations.require(false, field, IdentityError.DATE_INVALID);
            return null;
        }
    }
}
