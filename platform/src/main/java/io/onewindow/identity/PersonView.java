package io.onewindow.identity;

import io.onewindow.kernel.code.CitizenId;
import io.onewindow.kernel.code.Gender;
import io.onewindow.kernel.privacy.Masking;
import java.time.LocalDate;
import java.util.UUID;

/** A person as other modules see them. Gender and birth date are read from the citizen ID. */
public record PersonView(UUID id, CitizenId citizenId, String name, String phone, String divisionCode, String addressDetail) {

    public Gender gender() {
        return citizenId.gender();
    }

    public LocalDate birthDate() {
        return citizenId.birthDate();
    }

    public String maskedCitizenId() {
        return citizenId.masked();
    }

    public String maskedPhone() {
        return phone == null ? "" : Masking.phone(phone);
    }

    @Override
    public String toString() {
        return "PersonView[" + id + ", " + citizenId.masked() + "]";
    }
}
