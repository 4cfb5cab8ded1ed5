package io.onewindow.noticeboard;

import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notices: posting one is an audited action; reading them is open to all. */
@Service
public class Notices {

    private final JdbcClient jdbc;
    private final AuditedActions actions;

    Notices(JdbcClient jdbc, AuditedActions actions) {
        this.jdbc = jdbc;
        this.actions = actions;
    }

    @Transactional
    public UUID post(String departmentCode, String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException(FieldViolation.of("title", NoticeError.TITLE_REQUIRED));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into noticeboard.notice (id, department_code, title, posted_at) values (?, ?, ?, now())")
                .params(id, departmentCode, title).update();
        actions.publish(trace -> new NoticePosted(id, departmentCode, trace));
        return id;
    }

    public List<Notice> latest(int limit) {
        return jdbc.sql("select id, department_code, title from noticeboard.notice order by posted_at desc, title limit ?")
                .param(limit).query(Notice.class).list();
    }

    public List<Notice> search(String text, int limit) {
        return jdbc.sql("select id, department_code, title from noticeboard.notice where strpos(title, ?) > 0 order by title limit ?")
                .params(text, limit).query(Notice.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from noticeboard.notice").query(Long.class).single();
    }

    public record Notice(UUID id, String departmentCode, String title) {
    }
}
