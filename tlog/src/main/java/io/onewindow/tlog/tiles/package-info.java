/**
 * Tiled logs (C2SP tlog-tiles): the Merkle tree served as tiles of 256 hashes and the entries as bundles.
 *
 * <p>{@link io.onewindow.tlog.tiles.TileId} and {@link io.onewindow.tlog.tiles.BundleId} are coordinates
 * with their paths ({@code tile/<L>/<N>[.p/<W>]}, {@code tile/entries/<N>[.p/<W>]}) and the geometry of a
 * tree: which tile holds a node, which tiles are partial, which change when the tree grows.
 * {@link io.onewindow.tlog.tiles.TileBuilder} and {@link io.onewindow.tlog.tiles.EntryBundleBuilder} turn a
 * batch of new entries into the tiles and bundles to write. {@link io.onewindow.tlog.tiles.TileHashReader}
 * serves proofs from tiles fetched through a {@link io.onewindow.tlog.tiles.TileReader}, one batch per
 * proof, and can authenticate every tile against a trusted tree head.
 */
package io.onewindow.tlog.tiles;
