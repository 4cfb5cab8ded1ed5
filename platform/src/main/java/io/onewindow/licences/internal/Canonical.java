package io.onewindow.licences.internal;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.canon.RdfCanonicalizer;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The canonical form a Data Integrity proof signs: the JSON-LD document as an RDF dataset (with the bundled
 * contexts only), canonicalised by RDF Dataset Canonicalization (RDFC-1.0) and written as sorted N-Quads.
 * Two documents that mean the same thing have the same canonical form, whatever their key order or spacing.
 */
public final class Canonical {

    private Canonical() {
    }

    /** The canonical N-Quads of a JSON-LD document; an {@link InvalidCredentialException} if it is not JSON-LD this platform can read. */
    public static String of(JsonObject document) {
        Collection<RdfNQuad> quads;
        try {
            quads = JsonLd.toRdf(JsonDocument.of(document)).loader(BundledContexts.instance()).get().toList();
        } catch (JsonLdError e) {
            throw new InvalidCredentialException("not JSON-LD this platform can read: " + e.getMessage());
        }
        List<String> lines = new ArrayList<>(quads.size());
        try {
            for (RdfNQuad quad : RdfCanonicalizer.canonicalize(quads)) {
                StringWriter line = new StringWriter();
                new NQuadsWriter(line).write(quad);
                lines.add(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.sort(null);
        return String.join("", lines);
    }
}
