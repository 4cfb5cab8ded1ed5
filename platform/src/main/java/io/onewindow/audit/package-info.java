/**
 * Audit (全程留痕、不可篡改): every auditable event becomes a private record and a public log entry that
 * commits to it (RFC 9162 Merkle tree, served as C2SP tlog-tiles with signed checkpoints). Citizens get a
 * receipt for each action and see who used their data; auditors search the private records; anyone can
 * verify the log. Listens to every {@link io.onewindow.kernel.audit.Auditable} event. Publishes
 * {@link io.onewindow.audit.AuditTrailSearched} and {@link io.onewindow.audit.DataUseReported}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.onewindow.audit;
