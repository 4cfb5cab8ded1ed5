package io.onewindow.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The standalone verifier (verifier/ module), offered on the log page so that anyone can check the log
 * without trusting the platform. The build copies it into the application's classes; an installation built
 * without it answers 404 here and the page says how to build it. Its SHA-256 is shown next to the link, so
 * that it can be compared with a build from the source.
 */
@Controller
class VerifierDownload {

    static final String FILE = "onewindow-verifier.jar";

    private final Resource jar = new ClassPathResource("verifier/" + FILE);
    private final Optional<Shipped> shipped = jar.exists() ? Optional.of(measure()) : Optional.empty();

    /** The jar's size and digest, when this installation ships it. */
    public record Shipped(long bytes, String sha256) {
    }

    Optional<Shipped> shipped() {
        return shipped;
    }

    @GetMapping("/log/" + FILE)
    ResponseEntity<Resource> download() {
        if (shipped().isEmpty()) {
            throw new NotFound();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILE).build().toString())
                .contentType(MediaType.parseMediaType("application/java-archive"))
                .body(jar);
    }

    private Shipped measure() {
        try (DigestInputStream in = new DigestInputStream(jar.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            long bytes = in.transferTo(OutputStream.nullOutputStream());
            return new Shipped(bytes, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
