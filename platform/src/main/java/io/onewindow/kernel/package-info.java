/**
 * Kernel: what every module may use and nothing more: value types (GB 11643 citizen IDs, GB 32100 unified
 * social credit codes, roles, the signed-in user and the real-name condition on registers' data
 * ({@link io.onewindow.kernel.access.RealName}), errors and their rendering, the audit contract
 * ({@link io.onewindow.kernel.audit.AuditedActions}), time (the one clock, civil time), time-ordered ids and the ports for
 * signing keys and masking personal data. Owns no tables, serves no requests, publishes no events of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.onewindow.kernel;
