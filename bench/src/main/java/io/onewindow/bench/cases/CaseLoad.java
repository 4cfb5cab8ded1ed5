package io.onewindow.bench.cases;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads many cases at once with set-based SQL: applications of four cases each, spread over the demo
 * city's departments and over a thousand applicants (one of them the demo {@code applicant}, who then has
 * a thousandth of them), every state and due date mixed as a year of work would leave them.
 */
final class CaseLoad {

    private CaseLoad() {
    }

    static long load(JdbcClient jdbc, long cases) {
        long applications = Math.max(1, cases / 4);
        String run = java.util.UUID.randomUUID().toString();
        jdbc.sql("""
                insert into cases.application (id, kind, code, version, name_zh, name_en, account_id, subject_kind, subject_id,
                  applicant_name, division_code, answers, submitted_at, created_at)
                select md5(:run || 'app' || g)::uuid, 'BUNDLE', '370200-YJS-0001', 1, '开办餐饮店', 'Opening a restaurant',
                       case when g % 1000 = 0 then (select account_id from cases.application where applicant_name = '张晓明' limit 1)
                            else md5('acct' || (g % 1000))::uuid end,
                       'PERSON', md5('person' || (g % 1000))::uuid, '申请人' || (g % 1000), '370202001001', '{}'::jsonb,
                       now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day'
                from generate_series(1, :n) g""").param("n", applications).param("run", run).update();
        jdbc.sql("""
                insert into cases.case_file (id, application_id, item_code, item_version, name_zh, name_en, department_id, division_code,
                  account_id, applicant_name, state, answers, promised_days, statutory_days, submitted_at, accepted_on, due_on, ended_at,
                  decided_on, decision)
                with deps as (select array_agg(id order by id) ids from identity.department)
                select md5(:run || 'case' || g || '-' || m)::uuid, a.id, '370200-ITEM-' || m, 1, '事项' || m, 'Item ' || m,
                       deps.ids[1 + (g * 4 + m) % cardinality(deps.ids)], '370202001001',
                       a.account_id, a.applicant_name,
                       case when g % 10 < 7 then 'CONCLUDED' when g % 10 = 7 then 'SUBMITTED' else 'UNDER_REVIEW' end,
                       '{}'::jsonb, 5, 20, a.submitted_at,
                       case when g % 10 <> 7 then a.submitted_at::date end,
                       case when g % 10 <> 7 then a.submitted_at::date + 7 end,
                       case when g % 10 < 7 then a.submitted_at + interval '5 days' end,
                       case when g % 10 < 7 then a.submitted_at::date + 5 end,
                       case when g % 10 < 7 then 'APPROVED' end
                from generate_series(1, :n) g
                cross join generate_series(0, 3) m
                join cases.application a on a.id = md5(:run || 'app' || g)::uuid
                cross join deps""")
                .param("n", applications).param("run", run).update();
        // Statistics as autovacuum keeps them within a minute of a bulk change: the loaded tables, and the history
        // and notices the plain-JDBC baseline has just written by the hundred thousand (without this, the reads that
        // follow are planned for the small tables of before and scan them).
        jdbc.sql("analyze cases.case_file, cases.application, cases.case_event, cases.notice").update();
        return applications * 4;
    }
}
