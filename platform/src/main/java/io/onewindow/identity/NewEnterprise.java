package io.onewindow.identity;

/** An enterprise to register, as typed. {@code establishedOn} is an ISO date (2024-05-01). */
public record NewEnterprise(String uscc, String name, String legalRepresentativeCitizenId, String industry,
                            String divisionCode, String size, String establishedOn) {
}
