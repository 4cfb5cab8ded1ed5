package io.onewindow.identity;

import io.onewindow.kernel.error.FieldViolation;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Citizen self-registration (自主注册). The answers are checked for form only; then a one-time code goes by
 * text message — to the phone a department registered for that citizen ID if there is one, or to the phone
 * typed — and the account is opened only when the code comes back. Whether the ID already has an account,
 * or whether the name matches the register, is never revealed: every sign-up gets the same answer, and a
 * code that was never sent fails like a wrong one.
 */
public interface SignUps {

    /** What is wrong with the named fields of the answers (form only), so that each question can be answered on its own page. */
    List<FieldViolation> check(CitizenSignUp answers, Set<String> fields);

    /**
     * Starts a sign-up: refuses bad answers field by field, and too many attempts from one address or for
     * one citizen ID; otherwise sends the code where it should go (or nowhere) and returns the sign-up's id.
     */
    UUID start(CitizenSignUp answers, String clientAddress);

    /**
     * Completes the sign-up with the code; returns the name of the holder of the account opened. A wrong,
     * expired or never-sent code, or too many attempts, is refused with the same field error on {@code code}.
     */
    String complete(UUID signUp, String code);
}
