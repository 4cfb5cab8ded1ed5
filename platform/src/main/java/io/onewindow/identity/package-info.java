/**
 * Identity: persons (GB 11643 citizen IDs), enterprises (GB 32100 codes) and the people who may act for
 * them, departments and their officers, accounts and sign-in, real-name verification (at a counter, through the
 * city's identity provider, or by a code texted to the phone the register holds), and personal codes (一人一码/一企一码).
 * Publishes {@link io.onewindow.identity.PersonRegistered}, {@link io.onewindow.identity.EnterpriseRegistered},
 * {@link io.onewindow.identity.EnterpriseAgentAuthorised}, {@link io.onewindow.identity.DepartmentEstablished},
 * {@link io.onewindow.identity.OfficerAppointed}, {@link io.onewindow.identity.OfficerDismissed},
 * {@link io.onewindow.identity.AccountOpened}, {@link io.onewindow.identity.AccountStatusChanged},
 * {@link io.onewindow.identity.AccountVerified}, {@link io.onewindow.identity.AccountSignedIn},
 * {@link io.onewindow.identity.ReadAlertHandled} and {@link io.onewindow.identity.SubjectIdentifiedAtCounter}.
 * Listens to nothing.
 *
 * <p>The administrative divisions are a module of their own ({@code divisions}): reference data every
 * module uses. The registers and the accounts stay together here: an account's roles are resolved from its
 * person's appointments and enterprises, the registers check each other's entries (a legal representative,
 * an agent or an officer must be a registered person), and split apart they would call each other for
 * nearly every operation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.onewindow.identity;
