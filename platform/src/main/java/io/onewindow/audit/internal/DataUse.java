package io.onewindow.audit.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Who used my data" (as Estonia's data tracker): the records that involved a person's data, by anyone
 * other than the person themselves, newest first.
 */
@Service
public class DataUse {

    public static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final RecordStore records;

    DataUse(JdbcClient jdbc, RecordStore records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    public List<RecordStore.StoredRecord> of(UUID person, UUID ownAccount, int page) {
        return jdbc.sql("select " + RecordStore.COLUMNS + " from " + RecordStore.FROM
                        + " where r.subject = ? and r.actor_account is distinct from ? order by r.at desc, r.id limit ? offset ?")
                .params(person, ownAccount, PAGE, Math.max(0L, page) * PAGE)
                .query(records::stored).list();
    }
}
