package io.onewindow.noticeboard;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.UUID;

/** A department posted a public notice. */
public record NoticePosted(UUID noticeId, String departmentCode, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("noticeboard.notice.posted", "notice", noticeId);
    }
}
