/**
 * The auditor's verifier for OneWindow's transparency log: a command-line tool that trusts nothing but
 * the log's public key. {@link io.onewindow.verifier.Verifier} runs its commands: {@code verify-log}
 * rebuilds the whole tree from the entries, {@code verify-receipt} checks a receipt offline and
 * {@code verify-record} checks an exported record against the live log. The formats are those of
 * docs/audit-formats.md; the standards those of the tlog library (RFC 9162, C2SP tlog-tiles, signed-note
 * and tlog-checkpoint).
 */
package io.onewindow.verifier;
