package io.onewindow.testing;

import io.onewindow.identity.NewEnterprise;
import io.onewindow.kernel.code.OrganizationCode;
import io.onewindow.kernel.code.RegistrationAuthority;
import io.onewindow.kernel.code.UnifiedSocialCreditCode;
import java.util.concurrent.ThreadLocalRandom;

/** Realistic enterprises for tests: a valid unified social credit code of the county, and a name made unique by it. */
public final class Companies {

    private Companies() {
    }

    /** A small enterprise of the county, of the industry (a GB/T 4754 section letter), whose name starts with {@code name}. */
    public static NewEnterprise of(String representativeCitizenId, String name, String county, String industry, String established) {
        String organization = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        UnifiedSocialCreditCode uscc = UnifiedSocialCreditCode.of(RegistrationAuthority.MARKET_REGULATION, '1', county,
                OrganizationCode.of(organization));
        return new NewEnterprise(uscc.value(), name + organization.substring(4), representativeCitizenId, industry, county, "SMALL", established);
    }
}
