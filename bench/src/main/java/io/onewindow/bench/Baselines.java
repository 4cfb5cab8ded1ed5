package io.onewindow.bench;

/**
 * The raw SHA-256 rate measured at the start of a run, that the other figures are compared with.
 *
 * @param sha256PerSecond         32-byte inputs hashed per second on one thread
 * @param sha256PerSecondAllCores the same with one thread per processor
 */
public record Baselines(double sha256PerSecond, double sha256PerSecondAllCores) {
}
