package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.ResultPage;
import io.onewindow.catalogue.ServiceQuery;
import io.onewindow.catalogue.ServiceSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The search over the published catalogue: an in-memory Lucene index of every current entry, rebuilt when
 * what is published changes (on this node right after the commit, on the others when they see the
 * catalogue's revision move, within {@code onewindow.catalogue.index-refresh}). A query is cut into words
 * (smartcn) and character pairs, widened with the formal words of the colloquial ones ({@link Synonyms}),
 * and matched against names, keywords and the rest of the guide, names and keywords counting most; an
 * entry whose keyword is exactly the query comes first.
 */
@Component
class CatalogueIndex {

    private static final Logger log = LoggerFactory.getLogger(CatalogueIndex.class);
    private static final List<String> TEXT_FIELDS = List.of("name_words", "name_pairs", "keywords_words", "keywords_pairs",
            "body_words", "all_english");
    /** The fields a query's terms are looked up in. */
    private static final List<String> SEARCHED_FIELDS = Stream.concat(TEXT_FIELDS.stream(), Stream.of("exact")).toList();
    /** Field → weight: what a match in the name or the keywords is worth against one elsewhere in the guide. */
    private static final Map<String, Float> WEIGHTS = Map.of("name_words", 3f, "name_pairs", 2f, "keywords_words", 3f,
            "keywords_pairs", 1.5f, "body_words", 0.5f, "all_english", 3f);
    private static final float EXACT_KEYWORD = 8f;
    private static final float WIDENED = 0.6f;
    /** Hits scoring below this share of the best one are noise, not answers. */
    private static final float RELEVANT_SHARE = 0.2f;
    /** The formal words' terms, cut once: every query widened with a formal word asks the same terms of it. */
    private static final Map<String, Map<Analyzer, Set<String>>> FORMAL_CUTS = Synonyms.formalWords().stream()
            .collect(Collectors.toUnmodifiableMap(word -> word, CatalogueIndex::cut));

    private final EntryStore store;
    private final IndexedEntries entries;
    private volatile Snapshot snapshot;
    private volatile boolean stale = true;

    CatalogueIndex(EntryStore store, IndexedEntries entries) {
        this.store = store;
        this.entries = entries;
    }

    /**
     * The index as built from one revision of the catalogue, with the summaries its hits stand for, by
     * document number (read once here rather than from the stored fields on every search).
     */
    private record Snapshot(long revision, IndexSearcher searcher, ServiceSummary[] byDoc, Map<String, ServiceSummary> summaries,
                            Set<Term> indexed, Map<Term, TermStates> lookedUp) {

        /**
         * The query of a term the index holds, or null for any other term. Where the term is in the index is looked up the
         * first time a query asks it and kept with the snapshot, so a term asked again is not looked up again.
         */
        TermQuery query(Term term) {
            if (!indexed.contains(term)) {
                return null;
            }
            return new TermQuery(term, lookedUp.computeIfAbsent(term, this::lookUp));
        }

        private TermStates lookUp(Term term) {
            try {
                return TermStates.build(searcher, term, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What is published changes in the current transaction: the index is rebuilt once it commits. */
    void changing() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    stale = true;
                }
            });
        } else {
            stale = true;
        }
    }

    @Scheduled(fixedDelayString = "${onewindow.catalogue.index-refresh:PT10S}", initialDelayString = "${onewindow.catalogue.index-refresh:PT10S}")
    void followOtherNodes() {
        Snapshot current = snapshot;
        if (current != null && store.revision() != current.revision()) {
            stale = true;
        }
    }

    /**
     * The state of what is published, as this node knows it: another object once anything published has changed (on
     * this node from the commit of the change, on the others within the refresh), so that what was read under an older
     * one is known to be out of date.
     */
    Object publishedState() {
        return current();
    }

    ResultPage<ServiceSummary> search(ServiceQuery query) {
        Snapshot current = current();
        try {
            int wanted = (query.page() + 1) * query.size();
            Query filters = filters(query);
            List<ServiceSummary> found = new ArrayList<>();
            long total;
            if (query.text().isEmpty()) {
                TopDocs top = current.searcher().search(filters, wanted,
                        new Sort(new SortField("order", SortField.Type.STRING)));
                total = top.totalHits.value;
                collect(current, top.scoreDocs, query, found);
            } else {
                BooleanQuery.Builder both = new BooleanQuery.Builder().add(matching(query.text(), current::query), Occur.MUST)
                        .add(filters, Occur.FILTER);
                TopDocs top = current.searcher().search(both.build(), Math.max(wanted, 200));
                ScoreDoc[] relevant = relevant(top.scoreDocs);
                total = relevant.length;
                collect(current, relevant, query, found);
            }
            return new ResultPage<>(List.copyOf(found), query.page(), query.size(), total);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ScoreDoc[] relevant(ScoreDoc[] hits) {
        if (hits.length == 0) {
            return hits;
        }
        float floor = hits[0].score * RELEVANT_SHARE;
        int n = 0;
        while (n < hits.length && hits[n].score >= floor) {
            n++;
        }
        return java.util.Arrays.copyOf(hits, n);
    }

    private static void collect(Snapshot snapshot, ScoreDoc[] hits, ServiceQuery query, List<ServiceSummary> found) {
        for (int i = query.page() * query.size(); i < hits.length && found.size() < query.size(); i++) {
            found.add(snapshot.byDoc()[hits[i].doc]);
        }
    }

    /**
     * The query for a text. A term no entry holds ({@code asked} gives the query of each term the index holds, null for
     * any other) is left out: it would match and score nothing.
     *
     * <p>An entry must match one of the terms that qualify it (the query's words, its exact keyword), and scores the sum
     * of every term it matches: the terms that qualify make one clause that must match, the others one that may, so that
     * each term is weighed once (a filter of the qualifying terms beside a clause of all of them weighs those twice).
     */
    static Query matching(String text, Function<Term, TermQuery> asked) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        String meant = Synonyms.withoutNoise(lower);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        BooleanQuery.Builder others = new BooleanQuery.Builder();
        for (String exact : List.of(lower, meant)) {
            TermQuery keyword = asked.apply(new Term("exact", exact));
            if (keyword != null) {
                words.add(new BoostQuery(keyword, EXACT_KEYWORD), Occur.SHOULD);
            }
        }
        // A single character (证, 领, 税) scores but does not qualify an entry on its own: 健康证 is not 残疾人证. Nor does a
        // word for the kind of service when the query names what it is about: 死亡证明 is not 无犯罪记录证明.
        Map<Analyzer, Set<String>> meantTerms = cut(meant);
        boolean namesASubject = meantTerms.get(SearchAnalyzers.of("name_words")).stream()
                .anyMatch(word -> word.codePointCount(0, word.length()) > 1 && !Synonyms.GENERIC.contains(word))
                || Synonyms.namesMoreThanTheKind(meant);
        Predicate<String> qualifies = term -> term.codePointCount(0, term.length()) > 1 && !(namesASubject && Synonyms.GENERIC.contains(term));
        boolean anyWord = terms(words, others, qualifies, asked, meantTerms, 1f);
        List<String> ofWords = Synonyms.expand(meant, 2);
        for (String formal : Synonyms.expand(meant)) {
            Predicate<String> qualifiesHere = ofWords.contains(formal) ? qualifies : term -> false;
            anyWord |= terms(words, others, qualifiesHere, asked, formalTerms(formal), WIDENED);
        }
        if (anyWord) {
            return new BooleanQuery.Builder().add(words.build(), Occur.MUST).add(others.build(), Occur.SHOULD).build();
        }
        Query any = new BooleanQuery.Builder().add(words.build(), Occur.SHOULD).add(others.build(), Occur.SHOULD).build();
        if (meant.codePointCount(0, meant.length()) == 1) {
            return any;
        }
        // No word of the query qualifies (卖菜, cut into 卖 and 菜): an entry must at least share a pair of its
        // characters (换证 in 驾驶证换证), or a query of single characters brings up whatever shares one (卖 in 卖期房).
        BooleanQuery.Builder pairs = new BooleanQuery.Builder();
        for (String pair : SearchAnalyzers.terms("name_pairs", meant)) {
            if (pair.codePointCount(0, pair.length()) > 1) {
                for (Term term : List.of(new Term("name_pairs", pair), new Term("keywords_pairs", pair))) {
                    TermQuery shared = asked.apply(term);
                    if (shared != null) {
                        pairs.add(shared, Occur.SHOULD);
                    }
                }
            }
        }
        return new BooleanQuery.Builder().add(any, Occur.MUST).add(pairs.build(), Occur.FILTER).build();
    }

    /**
     * Adds a text's terms (as {@link #cut} cut it) that the index holds, those that {@code qualify} an entry to
     * {@code words} and the others to {@code others}; whether the text has a term that qualifies, indexed or not (a query
     * whose words no entry holds finds nothing, rather than whatever shares a character with it).
     */
    private static boolean terms(BooleanQuery.Builder words, BooleanQuery.Builder others, Predicate<String> qualify,
                                 Function<Term, TermQuery> asked, Map<Analyzer, Set<String>> cut, float weight) {
        boolean added = false;
        Set<String> textWords = cut.get(SearchAnalyzers.of("name_words"));
        for (String field : TEXT_FIELDS) {
            Set<String> terms = cut.get(SearchAnalyzers.of(field));
            // A pair of characters across two of the text's words (the 照丢 of 营业执照丢了) says nothing the text means.
            boolean pairs = field.endsWith("_pairs");
            for (String term : terms) {
                TermQuery held = asked.apply(new Term(field, term));
                boolean qualifies = qualify.test(term) && (!pairs || textWords.stream().anyMatch(word -> word.contains(term)));
                if (held != null) {
                    Query weighted = new BoostQuery(held, WEIGHTS.get(field) * weight);
                    (qualifies ? words : others).add(weighted, Occur.SHOULD);
                }
                added |= qualifies;
            }
        }
        return added;
    }

    /** A text's terms by analyzer: fields that share an analyzer share its terms, so the text is cut once per analyzer. */
    private static Map<Analyzer, Set<String>> cut(String text) {
        Map<Analyzer, Set<String>> cut = new HashMap<>();
        for (String field : TEXT_FIELDS) {
            cut.computeIfAbsent(SearchAnalyzers.of(field),
                    analyzer -> Collections.unmodifiableSet(new LinkedHashSet<>(SearchAnalyzers.terms(field, text))));
        }
        return cut;
    }

    private static Map<Analyzer, Set<String>> formalTerms(String formal) {
        Map<Analyzer, Set<String>> cut = FORMAL_CUTS.get(formal);
        return cut != null ? cut : cut(formal);
    }

    private static Query filters(ServiceQuery query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        filter(all, "audience", query.audience() == null ? null : query.audience().name());
        filter(all, "department", query.departmentCode());
        filter(all, "level", query.level() == null ? null : query.level().name());
        filter(all, "event", query.lifeEvent() == null ? null : query.lifeEvent().name());
        filter(all, "event", query.businessEvent() == null ? null : query.businessEvent().name());
        filter(all, "kind", query.kind() == null ? null : query.kind().name());
        return all.build();
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (value != null && !value.isBlank()) {
            all.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null || stale) {
            synchronized (this) {
                if (snapshot == null || stale) {
                    stale = false;
                    snapshot = build();
                }
                current = snapshot;
            }
        }
        return current;
    }

    private Snapshot build() {
        long started = System.nanoTime();
        long revision = store.revision();
        List<IndexedEntries.Entry> all = entries.current();
        // Each file of the index in one buffer: a search clones and slices its files' inputs for every term it looks up,
        // and over a file kept in many buffers each clone copies the list of them (the search page served 14 % more with one).
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        Map<String, ServiceSummary> summaries = new HashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.perField(TEXT_FIELDS)))) {
            for (IndexedEntries.Entry entry : all) {
                writer.addDocument(document(entry));
                summaries.put(entry.summary().code(), entry.summary());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            ServiceSummary[] byDoc = new ServiceSummary[searcher.getIndexReader().maxDoc()];
            var stored = searcher.storedFields();
            for (int doc = 0; doc < byDoc.length; doc++) {
                byDoc[doc] = summaries.get(stored.document(doc).get("code"));
            }
            log.info("Catalogue search index built: {} entries at revision {} in {} ms", all.size(), revision,
                    (System.nanoTime() - started) / 1_000_000);
            return new Snapshot(revision, searcher, byDoc, Map.copyOf(summaries), indexedTerms(searcher), new ConcurrentHashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every term of the fields a query asks, as the index holds them. */
    private static Set<Term> indexedTerms(IndexSearcher searcher) throws IOException {
        Set<Term> indexed = new HashSet<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            for (String field : SEARCHED_FIELDS) {
                Terms terms = leaf.reader().terms(field);
                if (terms != null) {
                    TermsEnum each = terms.iterator();
                    for (BytesRef term = each.next(); term != null; term = each.next()) {
                        indexed.add(new Term(field, BytesRef.deepCopyOf(term)));
                    }
                }
            }
        }
        return Set.copyOf(indexed);
    }

    private static Document document(IndexedEntries.Entry entry) {
        ServiceSummary summary = entry.summary();
        Document doc = new Document();
        doc.add(new StringField("code", summary.code(), Field.Store.YES));
        // Bundles first, then by code (which groups items by department), when there are no words to rank by.
        String order = (summary.kind() == EntryKind.BUNDLE ? "0" : "1") + summary.code();
        doc.add(new SortedDocValuesField("order", new BytesRef(order)));
        doc.add(new StringField("kind", summary.kind().name(), Field.Store.NO));
        doc.add(new StringField("department", summary.departmentCode(), Field.Store.NO));
        if (entry.level() != null) {
            doc.add(new StringField("level", entry.level().name(), Field.Store.NO));
        }
        summary.audiences().forEach(a -> doc.add(new StringField("audience", a.name(), Field.Store.NO)));
        entry.events().forEach(e -> doc.add(new StringField("event", e, Field.Store.NO)));
        doc.add(new StringField("exact", summary.name().zh().toLowerCase(Locale.ROOT), Field.Store.NO));
        for (String keyword : entry.keywords()) {
            doc.add(new StringField("exact", keyword.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        doc.add(new TextField("name_words", summary.name().zh(), Field.Store.NO));
        doc.add(new TextField("name_pairs", summary.name().zh(), Field.Store.NO));
        String keywords = String.join(" ", entry.keywords());
        doc.add(new TextField("keywords_words", keywords, Field.Store.NO));
        doc.add(new TextField("keywords_pairs", keywords, Field.Store.NO));
        doc.add(new TextField("body_words", entry.body(), Field.Store.NO));
        doc.add(new TextField("all_english", entry.english(), Field.Store.NO));
        return doc;
    }

    /** How many current entries each department has, for browsing by department. */
    Map<String, Long> countsByDepartment() {
        return current().summaries().values().stream()
                .collect(java.util.stream.Collectors.groupingBy(ServiceSummary::departmentCode, java.util.stream.Collectors.counting()));
    }

    /** For the tests and the overview: how many entries the index holds now. */
    int size() {
        return current().summaries().size();
    }

    Set<String> codes() {
        return current().summaries().keySet();
    }
}
