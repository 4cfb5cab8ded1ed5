package io.onewindow.audit.web;

import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.LogIntegrator;
import io.onewindow.audit.internal.LogStore;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.EntryBundle;
import io.onewindow.tlog.tiles.TileId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public log, as C2SP tlog-tiles lays it out: the latest signed checkpoint, hash tiles and entry
 * bundles (immutable, so cached for a year), and the verifier key.
 */
@RestController
@RequestMapping("/log")
class LogController {

    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final LogStore log;
    private final CheckpointSigners signers;
    private final LogIntegrator integrator;

    LogController(LogStore log, CheckpointSigners signers, LogIntegrator integrator) {
        this.log = log;
        this.signers = signers;
        this.integrator = integrator;
    }

    @GetMapping("/checkpoint")
    ResponseEntity<String> checkpoint() {
        if (log.latestCheckpoint().isEmpty()) {
            // A new log has no entry yet, but it has a signed checkpoint of size 0 from the start, even while the
            // first integration (which signs one too) is still running.
            integrator.signFirstCheckpoint();
        }
        return log.latestCheckpoint()
                .map(c -> ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(c.note()))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/vkey")
    ResponseEntity<String> verifierKey() {
        return ResponseEntity.ok().contentType(TEXT).body(signers.verifierKey() + "\n");
    }

    @GetMapping("/vkey-sm2")
    ResponseEntity<String> sm2VerifierKey() {
        return signers.sm2VerifierKey()
                .map(key -> ResponseEntity.ok().contentType(TEXT).body(key + "\n"))
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/tile/{*path}")
    ResponseEntity<byte[]> tile(@PathVariable String path) {
        String tilePath = "tile" + path;
        Optional<byte[]> content;
        try {
            content = tilePath.startsWith("tile/entries/") ? bundle(BundleId.parsePath(tilePath)) : log.tile(TileId.parsePath(tilePath));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return content
                .map(bytes -> ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).cacheControl(IMMUTABLE).body(bytes))
                .orElse(ResponseEntity.notFound().build());
    }

    private Optional<byte[]> bundle(BundleId bundle) {
        return log.bundle(bundle.index()).map(EntryBundle::decode)
                .filter(entries -> entries.size() >= bundle.width())
                .map(entries -> EntryBundle.encode(List.copyOf(entries.subList(0, bundle.width()))));
    }
}
