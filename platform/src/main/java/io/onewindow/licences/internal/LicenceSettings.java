package io.onewindow.licences.internal;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl the address people and verifiers reach the platform at (scheme, host, port, no path): the
 *                  issuer of every licence is {@code did:web} of its host, status lists and verification pages
 *                  are under it. Set it before the first licence is issued and never change it.
 */
@ConfigurationProperties("onewindow.licences")
public record LicenceSettings(@DefaultValue("http://localhost:8080") URI publicUrl) {

    /** {@code did:web:<host>} with the port percent-encoded ({@code did:web:localhost%3A8080}). */
    public String issuerDid() {
        return "did:web:" + publicUrl.getHost() + (publicUrl.getPort() > 0 ? "%3A" + publicUrl.getPort() : "");
    }

    public String url(String path) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
