package io.onewindow.identity;

/** A person to register, as typed: every field is checked and each problem reported against its field. */
public record NewPerson(String citizenId, String name, String phone, String divisionCode, String addressDetail) {

    @Override
    public String toString() {
        return "NewPerson[***]";
    }
}
