package io.onewindow.identity.web;

import io.onewindow.identity.CitizenSignUp;
import java.io.Serializable;

/** The answers given so far in the sign-up questions, kept in the session until the account is opened. */
class SignUpAnswers implements Serializable {

    static final String SESSION_KEY = SignUpAnswers.class.getName();

    String citizenId;
    String name;
    String phone;
    String password;
    String passwordConfirmation;
    /** The sign-up waiting for its one-time code. */
    java.util.UUID pending;
    /** The name of the account once opened, shown on the confirmation page. */
    String opened;

    CitizenSignUp toSignUp() {
        return new CitizenSignUp(citizenId, name, phone, password, passwordConfirmation);
    }

    String answer(String field) {
        return switch (field) {
            case "citizenId" -> citizenId;
            case "name" -> name;
            case "phone" -> phone;
            case "password" -> password;
            case "passwordConfirmation" -> passwordConfirmation;
            default -> throw new IllegalArgumentException(field);
        };
    }

    void answer(String field, String value) {
        switch (field) {
            case "citizenId" -> citizenId = value;
            case "name" -> name = value;
            case "phone" -> phone = value;
            case "password" -> password = value;
            case "passwordConfirmation" -> passwordConfirmation = value;
            default -> throw new IllegalArgumentException(field);
        }
    }
}
