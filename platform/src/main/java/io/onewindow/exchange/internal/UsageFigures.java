package io.onewindow.exchange.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How much each resource was used by each consumer: queries served, records and people touched, queries
 * refused ("data trips that replaced citizen trips"). For a department, the rows where it is the provider or
 * the consumer; for the data bureau, all.
 */
@Component
public class UsageFigures {

    private final JdbcClient jdbc;

    UsageFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Usage(String resourceCode, UUID consumerId, long queries, long records, long persons, long refusals) {
    }

    /** {@code department} null: every resource and consumer. */
    public List<Usage> of(UUID department) {
        return jdbc.sql("""
                        with served as (select resource_code, consumer_id, count(*) q, sum(records) r, sum(persons) p
                                        from exchange.query_log group by resource_code, consumer_id),
                             refused as (select resource_code, consumer_id, count(*) n from exchange.refusal
                                         where consumer_id is not null group by resource_code, consumer_id)
                        select coalesce(s.resource_code, f.resource_code) resource_code, coalesce(s.consumer_id, f.consumer_id) consumer_id,
                               coalesce(s.q, 0) q, coalesce(s.r, 0) r, coalesce(s.p, 0) p, coalesce(f.n, 0) n
                        from served s full join refused f on s.resource_code = f.resource_code and s.consumer_id = f.consumer_id
                        join exchange.resource res on res.code = coalesce(s.resource_code, f.resource_code)
                        where cast(:department as uuid) is null or res.provider_id = :department
                           or coalesce(s.consumer_id, f.consumer_id) = :department
                        order by q desc, resource_code""")
                .param("department", department)
                .query((rs, n) -> new Usage(rs.getString("resource_code"), rs.getObject("consumer_id", UUID.class), rs.getLong("q"),
                        rs.getLong("r"), rs.getLong("p"), rs.getLong("n")))
                .list();
    }
}
