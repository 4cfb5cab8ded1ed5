package io.onewindow.licences.internal;

import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.Enterprises;
import io.onewindow.kernel.access.RealName;
import io.onewindow.kernel.access.Role;
import io.onewindow.kernel.access.UserAccount;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceView;
import io.onewindow.licences.Licences;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a licence: its holder (the person, or whoever may act for the enterprise) sees it in
 * the wallet once their identity was verified ({@link RealName}: a self-declared account is refused, with the
 * ways to be verified); an officer of the issuing department sees it and changes its status.
 */
@Component
public class LicenceAccess {

    private final Licences licences;
    private final Enterprises enterprises;

    LicenceAccess(Licences licences, Enterprises enterprises) {
        this.licences = licences;
        this.enterprises = enterprises;
    }

    /** Whether the user holds the licence; refuses a holder whose identity was never verified. */
    public boolean holds(UserAccount user, LicenceView licence) {
        if (user.personId() == null) {
            return false;
        }
        boolean holder = licence.holderKind() == HolderKind.PERSON
                ? licence.holderId().equals(user.personId())
                : enterprises.find(licence.holderId()).map(e -> e.mayBeActedForBy(user.personId())).orElse(false);
        if (holder) {
            RealName.require(user);
        }
        return holder;
    }

    public boolean issues(UserAccount user, LicenceView licence) {
        return (user.has(Role.OFFICER) || user.has(Role.DEPT_ADMIN)) && user.departmentIds().contains(licence.departmentId());
    }

    /** The licences in the user's wallet: their own, then each enterprise's they act for. */
    public List<Holding> wallet(UserAccount user) {
        RealName.require(user);
        List<Holding> wallet = new ArrayList<>();
        if (user.personId() == null) {
            return wallet;
        }
        wallet.add(new Holding(null, licences.heldBy(user.personId())));
        for (EnterpriseView enterprise : enterprises.actingFor(user.personId())) {
            wallet.add(new Holding(enterprise.name(), licences.heldBy(enterprise.id())));
        }
        return wallet;
    }

    /** How many licences are in the user's wallet, without reading them. */
    public long walletSize(UserAccount user) {
        if (user.personId() == null || !RealName.verified(user)) {
            return 0;
        }
        List<UUID> holders = new ArrayList<>();
        holders.add(user.personId());
        enterprises.actingFor(user.personId()).forEach(e -> holders.add(e.id()));
        return licences.countHeldBy(holders);
    }

    /** Licences of one holder: {@code enterprise} is null for the person's own. */
    public record Holding(String enterprise, List<LicenceView> licences) {
    }
}
