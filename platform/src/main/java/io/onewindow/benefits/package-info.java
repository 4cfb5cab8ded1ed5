/**
 * Benefits (免申即享、政策找人): benefit policies as rules, live eligibility with a clause-by-clause explanation,
 * matching runs over the whole population in PostgreSQL, offers confirmed in one step (意愿确认), and the
 * payment files the paying department exchanges with the treasury. Owns the {@code benefits} schema.
 * Publishes {@link io.onewindow.benefits.PolicySaved}, {@link io.onewindow.benefits.MatchingRunStarted},
 * {@link io.onewindow.benefits.MatchingRunCompleted}, {@link io.onewindow.benefits.OfferMade},
 * {@link io.onewindow.benefits.OfferDecided}, {@link io.onewindow.benefits.PaymentBatchExported},
 * {@link io.onewindow.benefits.DisbursementSettled} and {@link io.onewindow.benefits.FactsImported}, each an
 * audited action. Listens to identity's {@code PersonRegistered} and {@code EnterpriseRegistered} (in the
 * registering transaction) to give every subject a row of facts. A person sees their offers and checks
 * themselves (and the enterprises they act for) once their identity was verified
 * ({@link io.onewindow.kernel.access.RealName}): offers and facts come from the departments' registers.
 *
 * <h2>Rules</h2>
 * A {@link io.onewindow.benefits.Policy} is a list of named {@link io.onewindow.benefits.Clause}s, each a Google
 * CEL expression over the typed variables of its audience (persons: age, division, hukou_local,
 * disability_grade, employment, insurance, pension_receiving, income_band, only_child_parent, graduation_year,
 * business_months, contribution_months; enterprises: industry (GB/T 4754 section), size, division,
 * years_established, headcount, layoff_rate, si_arrears, tax_paid_fen, unemployment_premium_fen,
 * graduates_hired) and of its {@link io.onewindow.benefits.Parameter}s ({@code param.<name>}), which carry dated
 * values as OpenFisca's parameters do: a decision uses the values in force on its date. CEL was chosen because
 * it is type-checked before it runs, has no loops, I/O or side effects, and is specified independently of
 * any one implementation; clauses are held to the subset that means the same in PostgreSQL
 * ({@code internal/SqlTranslator}), so a live check (interpreter) and a matching run (SQL) cannot disagree —
 * {@code CelSqlAgreementProperties} checks that on random clauses and subjects.
 *
 * <h2>Facts</h2>
 * The module decides on its own table of facts: birth date and division copied from identity when a person or
 * an enterprise registers, the rest from the departments' data by a CSV import (or the demo city's demo data).
 * It never reads another module's tables; names and ID numbers come from identity's {@code People} and
 * {@code Enterprises} when a page or a payment file needs them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benefits")
package io.onewindow.benefits;
