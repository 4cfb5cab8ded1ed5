package io.onewindow.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A natural person known to the platform, identified by their citizen ID (一人一码). */
@Table(schema = "identity", name = "person")
class Person {

    @Id
    UUID id;
    @Version
    Integer version;
    String citizenId;
    String name;
    String phone;
    String divisionCode;
    String addressDetail;
    Instant createdAt;
    /** Entered by the person themselves (sign-up), not registered by a department. */
    boolean selfRegistered;

    static Person register(String citizenId, String name, String phone, String divisionCode, String addressDetail, Instant at) {
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.citizenId = citizenId;
        person.name = name;
        person.phone = phone;
        person.divisionCode = divisionCode;
        person.addressDetail = addressDetail;
        person.createdAt = at;
        return person;
    }

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
