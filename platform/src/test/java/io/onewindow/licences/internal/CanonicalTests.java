package io.onewindow.licences.internal;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import com.apicatalog.rdf.canon.RdfCanonicalizer;
import com.apicatalog.rdf.io.nquad.NQuadsWriter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalTests {

    final DataIntegrityTests fixtures = new DataIntegrityTests();

    @Test
    void aLicenceHasTheCanonicalFormOfProcessingItsContextsEachTime() throws Exception {
        for (String name : List.of("营业执照", "食品经营许可证", "a \"quoted\" name\nwith a line break and a \\")) {
            JsonObject credential = fixtures.credential(name);

            assertThat(Canonical.of(credential)).isEqualTo(processedEachTime(credential));
        }
    }

    @Test
    void proofOptionsAStatusListAndADidDocumentHaveTheCanonicalFormOfProcessingTheirContextsEachTime() throws Exception {
        List<String> documents = List.of("""
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://onewindow.io/ns/licences/v1"],
                 "type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "created": "2026-12-01T10:00:00Z",
                 "verificationMethod": "did:web:example.gov.cn#z6Mk", "proofPurpose": "assertionMethod"}""", """
                {"@context": ["https://www.w3.org/ns/credentials/v2"], "id": "https://example.gov.cn/licences/status/revocation/1",
                 "type": ["VerifiableCredential", "BitstringStatusListCredential"], "issuer": "did:web:example.gov.cn",
                 "validFrom": "2026-12-01T10:00:00Z", "credentialSubject": {"id": "https://example.gov.cn/licences/status/revocation/1#list",
                 "type": "BitstringStatusList", "statusPurpose": "revocation", "encodedList": "uH4sIAAAAAAAA"}}""", """
                {"@context": ["https://w3id.org/security/multikey/v1"], "id": "did:web:example.gov.cn",
                 "verificationMethod": [{"id": "did:web:example.gov.cn#k", "type": "Multikey", "controller": "did:web:example.gov.cn",
                 "publicKeyMultibase": "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"}]}""", """
                {"@context": ["https://www.w3.org/ns/credentials/v2", {"extra": "https://example.org/extra"}],
                 "type": ["VerifiableCredential"], "issuer": "did:web:example.gov.cn", "credentialSubject": {"extra": "x"}}""", """
                {"@context": "https://www.w3.org/ns/credentials/v2", "type": ["VerifiableCredential"],
                 "issuer": "did:web:example.gov.cn", "credentialSubject": {"name": "x"}}""");
        for (String text : documents) {
            JsonObject document = Json.createReader(new StringReader(text)).readObject();

            assertThat(Canonical.of(document)).isEqualTo(processedEachTime(document));
        }
    }

    @Test
    void licencesWithRandomFieldsSomeOfThemAlikeHaveTheCanonicalFormOfTheWholeAlgorithm() throws Exception {
        java.util.Random random = new java.util.Random(20261201);
        List<String> values = List.of("C1", "C1", "食品销售", "a \"b\"", "back\\slash", "line\nbreak", "tab\t", "é", "𠮷野家", "");
        for (int n = 0; n < 200; n++) {
            var fields = Json.createArrayBuilder();
            for (int f = random.nextInt(5); f > 0; f--) {
                // Few names and values: two fields alike give two blank nodes the same first-degree hash.
                fields.add(Json.createObjectBuilder().add("fieldName", "f" + random.nextInt(2)).add("fieldLabel", "字段")
                        .add("fieldValue", values.get(random.nextInt(values.size()))));
            }
            JsonObject base = fixtures.credential(values.get(random.nextInt(values.size())));
            JsonObject credential = Json.createObjectBuilder(base).add("credentialSubject",
                    Json.createObjectBuilder(base.getJsonObject("credentialSubject")).add("licenceField", fields)).build();

            assertThat(Canonical.of(credential)).as(credential.toString()).isEqualTo(processedEachTime(credential));
        }
    }

    @Test
    void aContextThatIsNotBundledIsStillRefused() {
        JsonObject credential = Json.createObjectBuilder(fixtures.credential("营业执照"))
                .add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2).add("https://example.org/other/v1"))
                .build();

        assertThatThrownBy(() -> Canonical.of(credential)).isInstanceOf(InvalidCredentialException.class);
    }

    // What the canonical form was before the processed contexts were kept: titanium's toRdf of the whole document.
    private static String processedEachTime(JsonObject document) throws Exception {
        List<RdfNQuad> quads = JsonLd.toRdf(JsonDocument.of(document)).loader(BundledContexts.instance()).get().toList();
        List<String> lines = new ArrayList<>();
        for (RdfNQuad quad : RdfCanonicalizer.canonicalize(quads)) {
            StringWriter line = new StringWriter();
            new NQuadsWriter(line).write(quad);
            lines.add(line.toString());
        }
        lines.sort(null);
        return String.join("", lines);
    }
}
