/**
 * Commitments to private records: a log entry that proves a record existed, unchanged, without revealing
 * it. The record is canonicalised with the JSON Canonicalization Scheme (RFC 8785, for the subset of JSON
 * without fractions) and hashed with a per-record random salt. {@link io.onewindow.tlog.record.JsonReader}
 * reads such records back, strictly, so that a verifier can recompute a commitment from an exported record.
 */
package io.onewindow.tlog.record;
