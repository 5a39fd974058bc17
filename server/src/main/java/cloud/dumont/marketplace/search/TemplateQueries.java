package cloud.dumont.marketplace.search;

import static cloud.dumont.marketplace.search.TemplateDocuments.ARCHITECTURE;
import static cloud.dumont.marketplace.search.TemplateDocuments.AUTHOR;
import static cloud.dumont.marketplace.search.TemplateDocuments.CATEGORY;
import static cloud.dumont.marketplace.search.TemplateDocuments.DESCRIPTION;
import static cloud.dumont.marketplace.search.TemplateDocuments.NAME;
import static cloud.dumont.marketplace.search.TemplateDocuments.NAME_EXACT;
import static cloud.dumont.marketplace.search.TemplateDocuments.OFFICIAL;
import static cloud.dumont.marketplace.search.TemplateDocuments.README;
import static cloud.dumont.marketplace.search.TemplateDocuments.REGION;
import static cloud.dumont.marketplace.search.TemplateDocuments.SLUG;
import static cloud.dumont.marketplace.search.TemplateDocuments.TAG;
import static cloud.dumont.marketplace.search.TemplateDocuments.TAGS_TEXT;

import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchQuery} into a Lucene query: the text's relevance query (or all documents) restricted by the
 * filters, which do not score.
 *
 * <p>Scoring, from strongest to weakest:
 *
 * <ol>
 *   <li>A name equal to the whole text (case and spacing aside) gets {@link #EXACT_NAME}, above anything else.
 *   <li>Each query word found anywhere adds {@link #WORD_FOUND} (half that when found only through a typo-tolerant
 *       match on name or tags), so a document with more of the words ranks above one with fewer, and one with all of
 *       them above every partial match. Words are not required.
 *   <li>Within the same number of words found, BM25 over the fields, weighted name 10, tags 6, author 4, slug 3,
 *       description 2, README 1; typo-tolerant matches on name (4) and tags (2) score below exact ones; the words as a
 *       phrase in the name add a little more.
 * </ol>
 *
 * A word's typo tolerance grows with its length: none below 4 characters (so "gpu" does not find "cpu"), one edit
 * (a transposition counts as one) up to 7, two from 8.
 */
final class TemplateQueries {

    static final float EXACT_NAME = 100_000f;
    static final float WORD_FOUND = 1_000f;

    private record FieldWeight(String field, float weight) {}

    private static final List<FieldWeight> FIELD_WEIGHTS = List.of(
            new FieldWeight(NAME, 10f),
            new FieldWeight(TAGS_TEXT, 6f),
            new FieldWeight(AUTHOR, 4f),
            new FieldWeight(SLUG, 3f),
            new FieldWeight(DESCRIPTION, 2f),
            new FieldWeight(README, 1f));
    private static final float FUZZY_NAME_WEIGHT = 4f;
    private static final float FUZZY_TAGS_WEIGHT = 2f;
    private static final float NAME_PHRASE_WEIGHT = 5f;
    private static final int FUZZY_MAX_EXPANSIONS = 50;

    private TemplateQueries() {}

    /** The query for a search; {@code hasText} tells whether it ranks by relevance at all. */
    record Built(Query query, boolean hasText) {}

    static Built of(SearchQuery search) {
        Query text = search.text() == null ? null : textQuery(search.text());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(text == null ? MatchAllDocsQuery.INSTANCE : text, Occur.MUST);
        keywordFilter(query, CATEGORY, search.category());
        keywordFilter(query, TAG, search.tag());
        keywordFilter(query, ARCHITECTURE, search.architecture());
        keywordFilter(query, REGION, search.region());
        if (search.official() != null) {
            query.add(new TermQuery(new Term(OFFICIAL, search.official().toString())), Occur.FILTER);
        }
        if (search.minRating() != null) {
            query.add(
                    DoublePoint.newRangeQuery(TemplateDocuments.RATING, search.minRating(), Double.POSITIVE_INFINITY),
                    Occur.FILTER);
        }
        return new Built(query.build(), text != null);
    }

    /** The relevance query for a text, or null when it has no searchable word (blank, or stop words only). */
    static Query textQuery(String text) {
        List<String> terms = TextAnalysis.queryTerms(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(wordQuery(term), Occur.SHOULD);
        }
        String exactName = TemplateDocuments.normalize(text);
        query.add(
                new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(NAME_EXACT, exactName))), EXACT_NAME),
                Occur.SHOULD);
        if (terms.size() > 1) {
            PhraseQuery phrase = new PhraseQuery(2, NAME, terms.toArray(String[]::new));
            query.add(new BoostQuery(phrase, NAME_PHRASE_WEIGHT), Occur.SHOULD);
        }
        return query.build();
    }

    private static Query wordQuery(String term) {
        int maxEdits = maxEdits(term);
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        for (FieldWeight fieldWeight : FIELD_WEIGHTS) {
            String field = fieldWeight.field();
            TermQuery exact = new TermQuery(new Term(field, term));
            anyField.add(exact, Occur.SHOULD);
            Query weighted = new BoostQuery(exact, fieldWeight.weight());
            if (maxEdits > 0 && field.equals(NAME)) {
                weighted = exactOrFuzzy(weighted, fuzzy(NAME, term, maxEdits), FUZZY_NAME_WEIGHT);
            } else if (maxEdits > 0 && field.equals(TAGS_TEXT)) {
                weighted = exactOrFuzzy(weighted, fuzzy(TAGS_TEXT, term, maxEdits), FUZZY_TAGS_WEIGHT);
            }
            relevance.add(weighted, Occur.SHOULD);
        }

        Query found = new BoostQuery(new ConstantScoreQuery(anyField.build()), WORD_FOUND);
        if (maxEdits > 0) {
            Query foundByTypo = new BooleanQuery.Builder()
                    .add(fuzzy(NAME, term, maxEdits), Occur.SHOULD)
                    .add(fuzzy(TAGS_TEXT, term, maxEdits), Occur.SHOULD)
                    .build();
            // The larger of the two: a word found exactly is not also counted as found by a typo.
            found = new DisjunctionMaxQuery(
                    List.of(found, new BoostQuery(new ConstantScoreQuery(foundByTypo), WORD_FOUND / 2)), 0f);
        }
        return new BooleanQuery.Builder()
                .add(found, Occur.SHOULD)
                .add(relevance.build(), Occur.SHOULD)
                .build();
    }

    /** The better of an exact and a typo-tolerant match on one field, so a field's exact match is not counted twice. */
    private static Query exactOrFuzzy(Query exact, Query fuzzy, float fuzzyWeight) {
        return new DisjunctionMaxQuery(List.of(exact, new BoostQuery(fuzzy, fuzzyWeight)), 0f);
    }

    private static Query fuzzy(String field, String term, int maxEdits) {
        return new FuzzyQuery(new Term(field, term), maxEdits, 0, FUZZY_MAX_EXPANSIONS, true);
    }

    static int maxEdits(String term) {
        int length = term.codePointCount(0, term.length());
        if (length < 4) {
            return 0;
        }
        return length < 8 ? 1 : 2;
    }

    private static void keywordFilter(BooleanQuery.Builder query, String field, String value) {
        String normalized = TemplateDocuments.normalize(value);
        if (normalized != null) {
            query.add(new TermQuery(new Term(field, normalized)), Occur.FILTER);
        }
    }
}
