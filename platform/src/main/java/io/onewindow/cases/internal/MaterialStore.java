package io.onewindow.cases.internal;

import io.onewindow.cases.AttachedMaterial;
import io.onewindow.runtime.CommitStatements;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The materials of applications: uploaded files, kept in the database (never under the web root, never
 * executed, only ever sent back as a download), and materials a source attached with the applicant's consent.
 */
@Repository
public class MaterialStore {

    private static final TypeReference<Map<String, String>> FACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final CommitStatements commitStatements;
    private final JsonMapper json;

    public MaterialStore(JdbcClient jdbc, CommitStatements commitStatements, JsonMapper json) {
        this.jdbc = jdbc;
        this.commitStatements = commitStatements;
        this.json = json;
    }

    /** A material of an application; {@code source} is null for an upload. */
    public record Row(UUID id, UUID applicationId, UUID caseId, String key, String source, String reference, String description,
                      Map<String, String> verifiedFacts, String fileName, String contentType, long size, Instant createdAt) {

        public boolean verified() {
            return source != null;
        }
    }

    /** Keeps the upload for a material, replacing the one handed in before (a correction replaces the file). */
    public UUID upload(UUID applicationId, String key, String fileName, String contentType, byte[] content, Instant at) {
        jdbc.sql("delete from cases.material where application_id = ? and material_key = ? and source is null")
                .params(applicationId, key).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into cases.material (id, application_id, material_key, file_name, content_type, size_bytes, content, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, applicationId, key, fileName, contentType, content.length, content, Timestamp.from(at)).update();
        return id;
    }

    /** Keeps a material a source attached to a case, written as {@code writes} says, after the case it refers to. */
    public void attached(UUID applicationId, UUID caseId, String key, AttachedMaterial material, String descriptionZh, Instant at,
                         Writes writes) {
        List<Object> values = Arrays.asList(UUID.randomUUID(), applicationId, caseId, key, material.source(), material.reference(),
                descriptionZh, json.writeValueAsString(material.verifiedFacts()), Timestamp.from(at));
        writes.write(commitStatements, List.of(new CommitStatements.Statement("""
                insert into cases.material (id, application_id, case_id, material_key, source, reference, description, verified_facts, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", values)));
    }

    public List<Row> of(UUID applicationId) {
        return jdbc.sql("""
                select id, application_id, case_id, material_key, source, reference, description, verified_facts, file_name, content_type,
                       coalesce(size_bytes, 0) size_bytes, created_at
                from cases.material where application_id = ? order by material_key, created_at""")
                .param(applicationId)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
                        rs.getObject("case_id", UUID.class), rs.getString("material_key"), rs.getString("source"), rs.getString("reference"),
                        rs.getString("description"), rs.getString("verified_facts") == null ? Map.of() : json.readValue(rs.getString("verified_facts"), FACTS),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** An uploaded file: its name, sniffed type and bytes. */
    public record File(UUID applicationId, String name, String contentType, byte[] content) {
    }

    public Optional<File> file(UUID id) {
        return jdbc.sql("select application_id, file_name, content_type, content from cases.material where id = ? and content is not null")
                .param(id)
                .query((rs, n) -> new File(rs.getObject("application_id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }
}
