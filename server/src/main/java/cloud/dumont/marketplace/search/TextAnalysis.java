package cloud.dumont.marketplace.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How template text becomes terms. Prose fields get words lower-cased, accent-folded, without English stop words and
 * with plurals reduced; names and tags also keep the parts of compound words ("JupyterLab" is indexed as
 * {@code jupyterlab}, {@code jupyter} and {@code lab}; "Llama3" also as {@code llama}), so a search for a part finds
 * the whole. Queries use the prose analysis: a query's "jupyterlab" matches the kept whole word.
 */
final class TextAnalysis {

    /** A query's words beyond this are ignored: each word costs a group of clauses. */
    static final int MAX_QUERY_TERMS = 12;

    private static final int COMPOUND_SPLITTING = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private static final Analyzer PROSE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, normalized(tokenizer));
        }
    };

    private static final Analyzer COMPOUND = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            // The splitter needs the original case; flattening makes its token graph indexable.
            TokenStream parts =
                    new FlattenGraphFilter(new WordDelimiterGraphFilter(tokenizer, COMPOUND_SPLITTING, null));
            return new TokenStreamComponents(tokenizer, normalized(parts));
        }
    };

    private TextAnalysis() {}

    private static TokenStream normalized(TokenStream in) {
        TokenStream out = new LowerCaseFilter(in);
        out = new ASCIIFoldingFilter(out);
        out = new StopFilter(out, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new EnglishMinimalStemFilter(out);
    }

    /** The analyzer for the index writer: compound splitting on the given fields, prose analysis elsewhere. */
    static Analyzer forIndexing(Set<String> compoundFields) {
        Map<String, Analyzer> perField = new HashMap<>();
        compoundFields.forEach(field -> perField.put(field, COMPOUND));
        return new PerFieldAnalyzerWrapper(PROSE, perField);
    }

    /** The distinct terms of a query, in order, at most {@link #MAX_QUERY_TERMS}; empty for stop words only. */
    static List<String> queryTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = PROSE.tokenStream("query", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query cannot fail on a string", e);
        }
        return List.copyOf(terms);
    }
}
