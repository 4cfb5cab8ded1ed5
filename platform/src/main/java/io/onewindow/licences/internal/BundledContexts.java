package io.onewindow.licences.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;

/**
 * The JSON-LD contexts a licence credential may use, read from the application's own resources: verifying a
 * credential never fetches anything from the network, so nobody learns who checks which licence and a context
 * changed on some server cannot change what a signature means. Any other context is refused.
 */
public final class BundledContexts implements DocumentLoader {

    public static final String CREDENTIALS_V2 = "https://www.w3.org/ns/credentials/v2";
    public static final String LICENCES_V1 = "https://onewindow.io/ns/licences/v1";
    public static final String DATA_INTEGRITY_V2 = "https://w3id.org/security/data-integrity/v2";
    public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

    private static final Map<String, String> FILES = Map.of(
            CREDENTIALS_V2, "credentials-v2.jsonld",
            LICENCES_V1, "onewindow-licences-v1.jsonld",
            DATA_INTEGRITY_V2, "data-integrity-v2.jsonld",
            MULTIKEY_V1, "multikey-v1.jsonld");

    private static final BundledContexts INSTANCE = new BundledContexts();

    private final Map<String, Document> documents;

    private BundledContexts() {
        var loaded = new java.util.HashMap<String, Document>();
        FILES.forEach((url, file) -> loaded.put(url, read(url, file)));
        documents = Map.copyOf(loaded);
    }

    public static BundledContexts instance() {
        return INSTANCE;
    }

    public static boolean isBundled(String url) {
        return FILES.containsKey(url);
    }

    /** The text of a bundled context, as the platform also serves it. */
    public static byte[] text(String url) {
        try (InputStream in = resource(FILES.get(url))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        Document document = documents.get(url.toString());
        if (document == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not a bundled context: " + url);
        }
        return document;
    }

    private static Document read(String url, String file) {
        try (InputStream in = resource(file)) {
            JsonDocument document = JsonDocument.of(in);
            document.setDocumentUrl(URI.create(url));
            return document;
        } catch (IOException | JsonLdError e) {
            throw new IllegalStateException("cannot read the bundled context " + file, e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = BundledContexts.class.getResourceAsStream("/licences/contexts/" + file);
        if (in == null) {
            throw new IllegalStateException("missing bundled context " + file);
        }
        return in;
    }
}
