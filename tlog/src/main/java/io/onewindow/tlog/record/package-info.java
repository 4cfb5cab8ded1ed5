/**
 * Commitments to private records, and the public documents that carry them. A log entry proves a record
 * existed, unchanged, without revealing it: the record is canonicalised with the JSON Canonicalization
 * Scheme (RFC 8785, for the subset of JSON without fractions) and hashed with a per-record random salt.
 * {@link io.onewindow.tlog.record.JsonReader} reads JSON back, strictly, and the two documents an auditor
 * checks are defined here once, for the platform that writes them and the verifier that reads them:
 * {@link io.onewindow.tlog.record.ReceiptDocument} and {@link io.onewindow.tlog.record.RecordExportDocument}.
 */
package io.onewindow.tlog.record;
