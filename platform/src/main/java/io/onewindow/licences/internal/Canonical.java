package io.onewindow.licences.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.deseralization.JsonLdToRdf;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.flattening.NodeMap;
import com.apicatalog.jsonld.flattening.NodeMapBuilder;
import com.apicatalog.jsonld.json.JsonUtils;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.rdf.Rdf;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.RdfResource;
import com.apicatalog.rdf.RdfValue;
import com.apicatalog.rdf.canon.RdfCanonicalizer;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The canonical form a Data Integrity proof signs: the JSON-LD document as an RDF dataset (with the bundled
 * contexts only), canonicalised by RDF Dataset Canonicalization (RDFC-1.0) and written as sorted N-Quads.
 * Two documents that mean the same thing have the same canonical form, whatever their key order or spacing.
 *
 * <p>The JSON-LD expansion is titanium's, step by step as its {@code toRdf} runs it, except that the top-level
 * {@code @context} of bundled contexts is processed once and kept: the VC 2.0 context alone is most of the work
 * of expanding a licence, and it is the same for every licence.
 */
public final class Canonical {

    private static final JsonProvider JSON = JsonProvider.provider();

    // No context cache: the bundled loader hands out parsed documents, and titanium's cache is not thread-safe.
    private static final JsonLdOptions OPTIONS = new JsonLdOptions(BundledContexts.instance());

    static {
        OPTIONS.setContextCache(null);
    }

    private static final ProcessingRuntime RUNTIME = ProcessingRuntime.of(OPTIONS);

    // Keyed by lists of distinct bundled context URLs only, so it holds at most a few dozen entries whatever is sent.
    private static final Map<List<String>, ActiveContext> PROCESSED = new ConcurrentHashMap<>();

    private static final RdfResource BLANK_A = Rdf.createBlankNode("_:a");
    private static final RdfResource BLANK_Z = Rdf.createBlankNode("_:z");

    private Canonical() {
    }

    /** The canonical N-Quads of a JSON-LD document; an {@link InvalidCredentialException} if it is not JSON-LD this platform can read. */
    public static String of(JsonObject document) {
        Collection<RdfNQuad> quads;
        try {
            quads = toRdf(document);
        } catch (JsonLdError e) {
            throw new InvalidCredentialException("not JSON-LD this platform can read: " + e.getMessage());
        }
        Collection<RdfNQuad> canonical = labelledByFirstDegreeHashes(quads);
        List<String> lines = new ArrayList<>(quads.size());
        try {
            for (RdfNQuad quad : canonical != null ? canonical : RdfCanonicalizer.canonicalize(quads)) {
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

    /**
     * RDFC-1.0 when every blank node's first-degree hash is unique, as in a licence (steps 2 to 5, then 7 without
     * sorting: the lines are sorted once written): each blank node is labelled c14n0, c14n1… in the order of its
     * hash. Null when two blank nodes share a hash; the whole algorithm, with its n-degree hashes, is needed then.
     * The hashes are titanium-rdfc's to the byte: its serialisation of the quads, its positions of blank nodes.
     */
    private static Collection<RdfNQuad> labelledByFirstDegreeHashes(Collection<RdfNQuad> quads) {
        Map<RdfValue, List<RdfNQuad>> mentions = new HashMap<>();
        for (RdfNQuad quad : quads) {
            mention(mentions, quad.getSubject(), quad);
            mention(mentions, quad.getObject(), quad);
            mention(mentions, quad.getGraphName().orElse(null), quad);
        }
        if (mentions.isEmpty()) {
            return quads;
        }
        TreeMap<String, RdfValue> byHash = new TreeMap<>();
        MessageDigest sha256 = sha256();
        for (Map.Entry<RdfValue, List<RdfNQuad>> blank : mentions.entrySet()) {
            List<String> lines = new ArrayList<>(blank.getValue().size());
            for (RdfNQuad quad : blank.getValue()) {
                lines.add(Rdf.createNQuad(relabel(quad.getSubject(), blank.getKey()), quad.getPredicate(),
                        relabel(quad.getObject(), blank.getKey()), relabel(quad.getGraphName().orElse(null), blank.getKey())) + "\n");
            }
            lines.sort(null);
            sha256.reset();
            lines.forEach(line -> sha256.update(line.getBytes(StandardCharsets.UTF_8)));
            if (byHash.put(HexFormat.of().formatHex(sha256.digest()), blank.getKey()) != null) {
                return null;
            }
        }
        Map<RdfValue, RdfResource> labels = new HashMap<>();
        byHash.values().forEach(blank -> labels.put(blank, Rdf.createBlankNode("_:c14n" + labels.size())));
        List<RdfNQuad> labelled = new ArrayList<>(quads.size());
        for (RdfNQuad quad : quads) {
            RdfValue object = quad.getObject();
            labelled.add(Rdf.createNQuad(labels.getOrDefault(quad.getSubject(), quad.getSubject()), quad.getPredicate(),
                    labels.containsKey(object) ? labels.get(object) : object,
                    quad.getGraphName().map(graph -> labels.getOrDefault(graph, graph)).orElse(null)));
        }
        return labelled;
    }

    // A quad counts once for each position (subject, object, graph) in which the blank node stands, as in titanium-rdfc.
    private static void mention(Map<RdfValue, List<RdfNQuad>> mentions, RdfValue value, RdfNQuad quad) {
        if (value != null && value.isBlankNode()) {
            mentions.computeIfAbsent(value, blank -> new ArrayList<>()).add(quad);
        }
    }

    private static <V extends RdfValue> V relabel(V value, RdfValue blank) {
        if (value == null || !value.isBlankNode()) {
            return value;
        }
        @SuppressWarnings("unchecked")
        V relabelled = (V) (value.equals(blank) ? BLANK_A : BLANK_Z);
        return relabelled;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // JSON-LD 1.1 API, toRdf: expand (with no document URL nor base), build the node map, deserialize to RDF.
    static Collection<RdfNQuad> toRdf(JsonObject document) throws JsonLdError {
        ActiveContext context = new ActiveContext(null, null, RUNTIME);
        JsonValue element = document;
        List<String> urls = bundledUrls(document.get(Keywords.CONTEXT));
        if (urls != null) {
            // Expansion step 9 with the @context already processed: the same active context, without processing it again.
            context = processed(urls);
            element = JSON.createObjectBuilder(document).remove(Keywords.CONTEXT).build();
        }
        JsonValue expanded = Expansion.with(context, element, null, null).ordered(OPTIONS.isOrdered()).compute();
        if (JsonUtils.isObject(expanded) && expanded.asJsonObject().size() == 1 && expanded.asJsonObject().containsKey(Keywords.GRAPH)) {
            expanded = expanded.asJsonObject().get(Keywords.GRAPH);
        }
        JsonArray input = JsonUtils.isNull(expanded) ? JsonValue.EMPTY_JSON_ARRAY : JsonUtils.toJsonArray(expanded);
        return JsonLdToRdf.with(NodeMapBuilder.with(input, new NodeMap()).build(), Rdf.createDataset())
                .produceGeneralizedRdf(OPTIONS.isProduceGeneralizedRdf())
                .rdfDirection(OPTIONS.getRdfDirection())
                .uriValidation(OPTIONS.isUriValidation())
                .build()
                .toList();
    }

    private static ActiveContext processed(List<String> urls) throws JsonLdError {
        ActiveContext context = PROCESSED.get(urls);
        if (context == null) {
            var array = JSON.createArrayBuilder();
            urls.forEach(array::add);
            context = new ActiveContext(null, null, RUNTIME).newContext().create(array.build(), null);
            PROCESSED.put(urls, context);
        }
        return context;
    }

    // The @context's URLs when it is a list of distinct bundled contexts; null for anything else (processed as it comes).
    private static List<String> bundledUrls(JsonValue context) {
        if (context == null || context.getValueType() != JsonValue.ValueType.ARRAY) {
            return null;
        }
        List<String> urls = new ArrayList<>();
        for (JsonValue item : context.asJsonArray()) {
            if (!(item instanceof JsonString url) || !BundledContexts.isBundled(url.getString())) {
                return null;
            }
            urls.add(url.getString());
        }
        return urls.isEmpty() || new HashSet<>(urls).size() != urls.size() ? null : List.copyOf(urls);
    }
}
