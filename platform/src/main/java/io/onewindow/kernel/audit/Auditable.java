package io.onewindow.kernel.audit;

/**
 * A domain event that the audit trail records (全程留痕). Every module's events implement it; the audit
 * module listens to all of them.
 */
public interface Auditable {

    Trace trace();

    AuditFacts audit();
}
