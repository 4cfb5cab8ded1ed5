package io.onewindow.identity;

/** A citizen's self-registration (实名注册), as typed; they will log in with their citizen ID or phone. */
public record CitizenSignUp(String citizenId, String name, String phone, String password, String passwordConfirmation) {

    @Override
    public String toString() {
        return "CitizenSignUp[***]";
    }
}
