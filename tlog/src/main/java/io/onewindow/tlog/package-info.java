/**
 * Transparency-log primitives for OneWindow's tamper-evident audit trail, in plain Java without
 * dependencies.
 *
 * <p>This package is the Merkle tree of RFC 9162 §2.1, the same tree as RFC 6962's:
 * {@link io.onewindow.tlog.MerkleHasher} hashes leaves and nodes; {@link io.onewindow.tlog.CompactRange}
 * grows a tree leaf by leaf keeping only its right edge and reports each subtree hash as it becomes final;
 * {@link io.onewindow.tlog.ProofBuilder} builds roots and inclusion and consistency proofs from stored
 * subtree hashes, reading all it needs through one {@link io.onewindow.tlog.HashReader} call;
 * {@link io.onewindow.tlog.ProofVerifier} checks proofs. {@link io.onewindow.tlog.InMemoryMerkleTree}
 * holds a whole tree, for tests and small logs.
 *
 * <p>Hashes are 32-byte arrays. Value records copy them on the way in and out; the verifier and the
 * compact range never keep a caller's array.
 *
 * <p>The subpackages add the C2SP formats: {@code tiles} (tlog-tiles), {@code note} (signed-note) and
 * {@code checkpoint} (tlog-checkpoint).
 */
package io.onewindow.tlog;
