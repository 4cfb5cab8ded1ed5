/**
 * Checkpoints (C2SP tlog-checkpoint): a log's signed tree head as the text of a signed note, the origin
 * line, the tree size and the root hash, then optional extension lines.
 * {@link io.onewindow.tlog.checkpoint.Checkpoint} is the text;
 * {@link io.onewindow.tlog.checkpoint.SignedCheckpoint} signs one, and opens a received one against the
 * known keys and the expected origin.
 */
package io.onewindow.tlog.checkpoint;
