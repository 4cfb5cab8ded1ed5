package io.onewindow.identity;

import io.onewindow.kernel.error.ErrorCode;

/** Why the identity module refused something; messages under {@code error.identity.*}. */
public enum IdentityError implements ErrorCode {
    REQUIRED,                   // a required field is empty
    TOO_LONG,                   // longer than {max} characters
    NAME_INVALID,               // a person's name: Chinese characters, letters, middle dot
    NAME_DOES_NOT_MATCH,        // the name is not the one registered for that citizen ID
    PHONE_INVALID,              // not a mainland mobile number
    DIVISION_UNKNOWN,
    DIVISION_OUTSIDE,           // the division is not within {area}
    PERSON_NOT_REGISTERED,      // nobody with that citizen ID is registered
    AGENT_NOT_MATCHED,          // an agent's citizen ID and name name nobody (not saying which is wrong)
    PERSON_NOT_FOUND,
    PERSON_ALREADY_REGISTERED,
    ACCOUNT_ALREADY_EXISTS,     // that person already has an account
    USERNAME_INVALID,
    USERNAME_TAKEN,
    PASSWORD_TOO_SHORT,
    PASSWORD_TOO_WEAK,          // needs letters and digits
    PASSWORD_CONTAINS_IDENTITY, // contains the user name, ID number or phone
    PASSWORDS_DIFFER,
    PASSWORD_WRONG,
    ENTERPRISE_ALREADY_REGISTERED,
    INDUSTRY_UNKNOWN,
    SIZE_UNKNOWN,
    DATE_INVALID,
    DATE_IN_FUTURE,
    DATE_TOO_EARLY,        // before {earliest}: no register of this platform holds such a date
    NOT_REPRESENTATIVE,         // only the legal representative may authorise agents
    AGENT_ALREADY_AUTHORISED,
    DEPARTMENT_NOT_FOUND,
    DEPARTMENT_CODE_INVALID,
    DEPARTMENT_CODE_TAKEN,
    LEVEL_UNKNOWN,
    LEVEL_DOES_NOT_MATCH_DIVISION,
    ROLES_REQUIRED,
    ROLE_NOT_APPOINTABLE,
    OFFICER_ALREADY_APPOINTED,
    OFFICER_NOT_FOUND,
    ACCOUNT_NOT_FOUND,
    PERSONAL_CODE_UNKNOWN,      // no such code, or it has expired
    PERSONAL_CODE_INVALID,      // not 8 digits
    TOO_MANY_ATTEMPTS,          // too many sign-ups, codes or resets from here or for this ID: try again in {minutes} minutes
    CODE_WRONG,                 // the one-time code is wrong, expired, or was never sent: the same answer in every case
    CODE_INVALID,               // not 6 digits
    CODE_WRONG_TRIES_LEFT,      // a signed-in holder's code is wrong: {tries} more tries
    CODE_EXPIRED,               // a signed-in holder's code has expired: ask for a new one
    CODE_USED_UP,               // five wrong tries ended the code: ask for a new one
    CODE_NOT_SENT,              // no code is waiting (a code works once): ask for one
    ALERT_NOT_FOUND,            // no such read-limit alert
    ALERT_ALREADY_HANDLED,
    EMAIL_INVALID,              // not an e-mail address such as name@example.com
    EMAIL_UNAVAILABLE,          // no mail server is configured: the platform sends no e-mail
    EMAIL_NOT_SENT,             // the mail server did not take the confirmation mail: try again later
    TEXT_MESSAGES_UNAVAILABLE,  // no SMS gateway: verify at a counter or through the city's identity provider
    NO_PHONE_ON_RECORD,         // the register holds no mobile number for this person
    OUTSIDE_SCOPE,              // the person lives outside the area the officer's appointments cover
    READ_LIMIT_REACHED,         // too many reads of personal data within an hour; the data bureau has been told
    ROLE_NOT_GRANTABLE,         // the signed-in administrator may not grant {role} in this department
    NOT_YOUR_DEPARTMENT,        // the department is not one the signed-in administrator administers
    VERIFICATION_REQUIRED,      // this needs an account whose holder was identified (实名核验)
    ALREADY_VERIFIED,
    ADMINISTRATOR_EXISTS,
    FUNCTION_UNKNOWN,
    FUNCTION_TAKEN;             // another department already is the data bureau (or the audit office)       // the first administrator is created once

    @Override
    public String messageKey() {
        return "error.identity." + ErrorCode.kebab(name());
    }

    @Override
    public int httpStatus() {
        return switch (this) {
            case DEPARTMENT_NOT_FOUND, OFFICER_NOT_FOUND, ACCOUNT_NOT_FOUND, PERSON_NOT_FOUND, ALERT_NOT_FOUND -> 404;
            case NOT_REPRESENTATIVE, OUTSIDE_SCOPE, ROLE_NOT_GRANTABLE, NOT_YOUR_DEPARTMENT, VERIFICATION_REQUIRED -> 403;
            case TOO_MANY_ATTEMPTS, READ_LIMIT_REACHED -> 429;
            case TEXT_MESSAGES_UNAVAILABLE, EMAIL_UNAVAILABLE, EMAIL_NOT_SENT -> 503;
            default -> 422;
        };
    }
}
