package io.onewindow.catalogue.internal;

import java.util.List;
import java.util.Locale;

/**
 * The codes the catalogue's entries may name outside themselves: licence types (the e-licence library issues
 * licences of these types, under the same codes), shared data resources (the exchange serves them), and the
 * identity values a form question can be prefilled from. A code not listed here is a typing mistake.
 */
public final class KnownCodes {

    public static final List<String> LICENCE_TYPES = List.of("BUSINESS_LICENCE", "FOOD_BUSINESS_LICENCE",
            "PUBLIC_PLACE_HYGIENE_LICENCE", "BIRTH_CERTIFICATE", "RESIDENCE_PERMIT", "SOCIAL_SECURITY_CARD",
            "DISABILITY_CERTIFICATE", "MARRIAGE_CERTIFICATE", "REAL_ESTATE_CERTIFICATE", "DRIVING_LICENCE");

    public static final List<String> DATA_RESOURCES = List.of("POPULATION", "HOUSEHOLD", "LEGAL_ENTITY", "CREDIT",
            "SOCIAL_INSURANCE", "HOUSING_FUND", "MARRIAGE", "EDUCATION", "TAX");

    public static final List<String> PREFILLS = List.of("person.name", "person.citizenId", "person.phone",
            "person.address", "person.division", "enterprise.name", "enterprise.uscc",
            "enterprise.legalRepresentative", "enterprise.division");

    private KnownCodes() {
    }

    /** The bundle key naming a licence type: {@code BUSINESS_LICENCE} → {@code catalogue.licence.business-licence}. */
    public static String licenceKey(String code) {
        return "catalogue.licence." + kebab(code);
    }

    public static String dataKey(String code) {
        return "catalogue.data." + kebab(code);
    }

    private static String kebab(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
