/**
 * Commitments to private records: a log entry that proves a record existed, unchanged, without revealing
 * it. The record is canonicalised with the JSON Canonicalization Scheme (RFC 8785, for the subset of JSON
 * without fractions) and hashed with a per-record random salt.
 */
package io.onewindow.tlog.record;
