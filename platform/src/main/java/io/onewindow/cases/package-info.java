/**
 * Cases (办件): applications for service items and bundles and their lifecycle, from submission to
 * conclusion, with legal deadlines counted in working days, and the applicant's rating (好差评). Owns the
 * {@code cases} schema. Publishes, each an audited action: {@link io.onewindow.cases.ApplicationDrafted},
 * {@link io.onewindow.cases.ApplicationAnswered}, {@link io.onewindow.cases.MaterialProvided},
 * {@link io.onewindow.cases.ApplicationSubmitted} with a {@link io.onewindow.cases.CaseSubmitted} for each case it
 * files, {@link io.onewindow.cases.CaseStateChanged} (every later transition), {@link io.onewindow.cases.CaseAssigned},
 * {@link io.onewindow.cases.CaseEscalated}, {@link io.onewindow.cases.CaseConcluded},
 * {@link io.onewindow.cases.ApplicationRated} and {@link io.onewindow.cases.RectificationAnswered}. Listens to
 * its own {@link io.onewindow.cases.ApplicationSubmitted} and {@link io.onewindow.cases.CaseStateChanged} only, to
 * text and mail the applicant after the change has committed (a submission once, whatever the number of its cases).
 * Reads the catalogue (the form and materials of the version filed under), identity (the applicant, departments
 * and officers, the account's confirmed e-mail address), the calendar (working days) and notify (text messages,
 * e-mail) through their APIs.
 *
 * <h2>Lifecycle</h2>
 * {@link io.onewindow.cases.CaseAction} is the transition table of the Administrative Licensing Law's
 * procedure (受理, 不予受理, 补正, 审查, 特别程序, 准予, 不予许可, 办结, 撤回): who may take each action, from
 * which states, and whether it needs a reason. The time limit runs from acceptance in working days on the
 * official calendar; corrections after acceptance and special procedures stop it; a limit that runs into a
 * year not yet loaded is provisional. A bundle (一件事) is one application with one case per member item,
 * handled in parallel by each department and concluded when all are.
 *
 * <h2>Seams other modules fill</h2>
 * <ul>
 *   <li>{@link io.onewindow.cases.MaterialSource}: a module that can stand for a material (a held licence,
 *       shared data) offers it to the {@link io.onewindow.cases.ApplicationParties}, the applicant and the
 *       item's reviewing department; with the applicant's consent the case takes it instead of an upload. In
 *       a bundle an offer is made only when every member department asking for the material may take it.</li>
 *   <li>{@link io.onewindow.cases.PrefillSource}: a module that knows form answers about the applicant
 *       offers them for an item (whose department reviews); the applicant sees where each came from and may
 *       change it. The module's own source answers from identity ({@code person.name},
 *       {@code person.citizenId}, …).</li>
 *   <li>{@link io.onewindow.cases.CaseConcluded}: published when a case ends; e.g. the e-licence module
 *       issues the item's licence when the decision is an approval.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package io.onewindow.cases;
