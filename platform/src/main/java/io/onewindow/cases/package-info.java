/**
 * Cases (办件): applications for service items and bundles and their lifecycle, from submission to
 * conclusion, with legal deadlines counted in working days, and the applicant's rating (好差评).
 *
 * <h2>Seams other modules fill</h2>
 * <ul>
 *   <li>{@link io.onewindow.cases.MaterialSource}: a module that can stand for a material (a held licence,
 *       shared data) offers it; with the applicant's consent the case takes it instead of an upload.</li>
 *   <li>{@link io.onewindow.cases.PrefillSource}: a module that knows form answers about the applicant
 *       offers them; the applicant sees where each came from and may change it.</li>
 *   <li>{@link io.onewindow.cases.CaseConcluded}: published when a case ends; e.g. the e-licence module
 *       issues the item's licence when the decision is an approval.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package io.onewindow.cases;
