/**
 * Kernel: value types and ports every module may use: codes (GB 11643 citizen IDs, GB 32100 unified
 * social credit codes), errors, the clock, message rendering, masking of personal data, signing keys.
 * Owns no tables and publishes no events of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.onewindow.kernel;
