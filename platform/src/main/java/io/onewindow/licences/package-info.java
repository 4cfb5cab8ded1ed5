/**
 * E-licences (电子证照库): licences departments issue, as W3C Verifiable Credentials 2.0 that anyone can verify
 * without trusting the platform's word, their revocation and suspension through Bitstring Status Lists, the
 * holder's wallet with shareable links, and reuse of a held licence in place of a material (免提交).
 *
 * <p>API: {@link io.onewindow.licences.Licences} (the library), {@link io.onewindow.licences.LicenceTypes}
 * (the ten types and what each stands for), {@link io.onewindow.licences.Credentials} (verification of any
 * credential the platform can resolve). Publishes {@link io.onewindow.licences.LicenceIssued},
 * {@link io.onewindow.licences.LicenceStatusChanged}, {@link io.onewindow.licences.LicenceShared},
 * {@link io.onewindow.licences.LicenceShareWithdrawn}, {@link io.onewindow.licences.LicenceShareViewed},
 * {@link io.onewindow.licences.LicenceUsedForMaterial}.
 * Listens to {@link io.onewindow.cases.CaseConcluded}: an approval of an item whose outcome is a licence
 * issues that licence. Fills the cases module's {@link io.onewindow.cases.MaterialSource}.
 *
 * <p>The wallet, a held licence and its credential are shown only to a holder whose identity was verified
 * ({@link io.onewindow.kernel.access.RealName}): a department's import attaches licences to a citizen ID, which a
 * self-declared account may have typed without being its holder.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Licences")
package io.onewindow.licences;
