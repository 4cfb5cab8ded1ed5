/**
 * Identity: administrative divisions (GB/T 2260 and below), persons (GB 11643 citizen IDs), enterprises
 * (GB 32100 codes), departments, officers, accounts and login, and personal codes (一人一码/一企一码).
 * Publishes {@link io.onewindow.identity.PersonRegistered}, {@link io.onewindow.identity.EnterpriseRegistered},
 * {@link io.onewindow.identity.EnterpriseAgentAuthorised}, {@link io.onewindow.identity.DepartmentEstablished},
 * {@link io.onewindow.identity.OfficerAppointed}, {@link io.onewindow.identity.OfficerDismissed},
 * {@link io.onewindow.identity.AccountOpened}, {@link io.onewindow.identity.AccountStatusChanged},
 * {@link io.onewindow.identity.AccountSignedIn} and {@link io.onewindow.identity.SubjectIdentifiedAtCounter}.
 * Listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.onewindow.identity;
