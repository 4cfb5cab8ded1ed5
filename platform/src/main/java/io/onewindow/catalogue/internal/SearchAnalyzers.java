package io.onewindow.catalogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the catalogue's text is cut into terms: Chinese words by smartcn's segmenter (a hidden Markov model
 * over a dictionary: 开办|餐饮店), overlapping pairs of characters (开办|办餐|餐饮|饮店) so that a near-miss
 * wording still shares most of its terms with the item's, and English by Lucene's English analyzer.
 */
final class SearchAnalyzers {

    static final String WORDS = "words";
    static final String PAIRS = "pairs";
    static final String ENGLISH = "english";

    private static final Analyzer SMARTCN = new SmartChineseAnalyzer();
    private static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(source)), CJKBigramFilter.HAN, false);
            return new TokenStreamComponents(source, stream);
        }
    };
    private static final Analyzer EN = new EnglishAnalyzer();

    private SearchAnalyzers() {
    }

    /** The analyzer of each indexed field, by the suffix its name ends with. */
    static Analyzer perField(List<String> fields) {
        java.util.Map<String, Analyzer> byField = new java.util.HashMap<>();
        for (String field : fields) {
            byField.put(field, of(field));
        }
        return new PerFieldAnalyzerWrapper(SMARTCN, byField);
    }

    static Analyzer of(String field) {
        if (field.endsWith(PAIRS)) {
            return BIGRAMS;
        }
        return field.endsWith(ENGLISH) ? EN : SMARTCN;
    }

    /** The terms a text is cut into for a field. */
    static List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = of(field).tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
