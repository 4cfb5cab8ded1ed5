package io.onewindow.cases.internal;

import io.onewindow.catalogue.Text;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A case as stored: the item and department, its lifecycle ({@link CaseFile}), its answers and its handling. */
public record CaseRow(UUID id, UUID applicationId, String itemCode, int itemVersion, Text name, UUID departmentId,
                      String divisionCode, UUID accountId, String applicantName, CaseFile file, Map<String, Object> answers, int statutoryDays,
                      int tripsSaved, Instant submittedAt, Instant endedAt, String decision, UUID assigneeId,
                      String assigneeName, Instant escalatedAt) {
}
