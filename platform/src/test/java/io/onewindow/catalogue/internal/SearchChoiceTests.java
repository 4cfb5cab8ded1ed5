package io.onewindow.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.catalogue.SearchRelevanceTests;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceQuery;
import io.onewindow.catalogue.ServiceSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Why the catalogue searches with Lucene's smartcn rather than PostgreSQL's pg_trgm: over the same entries,
 * the same keywords and synonyms, and the relevance test's queries, trigram similarity brings up the
 * service meant first far less often. Prints both hit rates and their mean time per query.
 */
@SpringBootTest
class SearchChoiceTests {

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    IndexedEntries entries;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional // the temporary table lives on one connection
    void smartcnWordsBringUpTheServiceMeantFirstMoreOftenThanTrigramSimilarity() {
        jdbc.sql("create extension if not exists pg_trgm").update();
        jdbc.sql("create temporary table trgm_entry (code text primary key, name text, keywords text, body text)").update();
        for (IndexedEntries.Entry e : entries.current()) {
            jdbc.sql("insert into trgm_entry values (?, ?, ?, ?)")
                    .params(e.summary().code(), e.summary().name().zh(), String.join(" ", e.keywords()), e.body()).update();
        }
        Map<String, String> first = SearchRelevanceTests.FIRST;

        Result lucene = measure(first, query -> {
            List<ServiceSummary> hits = catalogue.search(ServiceQuery.of(query)).items();
            return hits.isEmpty() ? null : hits.get(0).code();
        });
        Result trigrams = measure(first, query -> {
            String meant = Synonyms.withoutNoise(query.toLowerCase(java.util.Locale.ROOT));
            String widened = String.join(" ", Synonyms.expand(meant));
            return jdbc.sql("""
                            select code from trgm_entry
                            order by 3 * greatest(word_similarity(?, name), word_similarity(?, keywords)) + word_similarity(?, body)
                                   + 2 * greatest(word_similarity(?, name), word_similarity(?, keywords)) desc, code
                            limit 1""")
                    .params(meant, meant, meant, widened, widened).query(String.class).optional().orElse(null);
        });
        String ctype = jdbc.sql("select datctype from pg_database where datname = current_database()").query(String.class).single();
        System.out.printf("Catalogue search over %d queries: smartcn %d first (%.2f ms a query); pg_trgm (lc_ctype %s) %d first (%.2f ms a query), missing %s%n",
                first.size(), lucene.hits(), lucene.millis(), ctype, trigrams.hits(), trigrams.millis(), trigrams.missed());

        assertThat(lucene.hits()).isEqualTo(first.size());
        assertThat(trigrams.hits()).isLessThan(lucene.hits());
    }

    private record Result(int hits, double millis, List<String> missed) {
    }

    private static Result measure(Map<String, String> first, java.util.function.Function<String, String> search) {
        first.keySet().forEach(search::apply);
        int hits = 0;
        List<String> missed = new java.util.ArrayList<>();
        long started = System.nanoTime();
        for (Map.Entry<String, String> q : first.entrySet()) {
            if (q.getValue().equals(search.apply(q.getKey()))) {
                hits++;
            } else {
                missed.add(q.getKey());
            }
        }
        return new Result(hits, (System.nanoTime() - started) / 1e6 / first.size(), missed);
    }
}
