/**
 * The audit contract every module follows: events carry a {@link io.onewindow.kernel.audit.Trace} and
 * declare their {@link io.onewindow.kernel.audit.AuditFacts}; reads of personal data are announced with
 * {@link io.onewindow.kernel.audit.PersonalDataAccessed}.
 */
package io.onewindow.kernel.audit;
