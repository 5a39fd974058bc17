package cloud.dumont.marketplace.search;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The index's fields and how a {@link SearchDocument} fills them. Text fields are analysed for relevance; keyword fields
 * hold normalised whole values (trimmed, lower case) for filters, with doc values where facets count or sorts read them.
 * Nothing is stored: hits carry their id through the id sort field.
 */
final class TemplateDocuments {

    // Analysed text, searched by relevance.
    static final String NAME = "name";
    static final String TAGS_TEXT = "tags";
    static final String AUTHOR = "author";
    static final String SLUG = "slug";
    static final String DESCRIPTION = "description";
    static final String README = "readme";

    /** The whole name, normalised like a query's text, for the exact-name boost. */
    static final String NAME_EXACT = "name_exact";

    // Keywords: filters; the first three also counted as facets.
    static final String ID = "id";
    static final String CATEGORY = "category";
    static final String TAG = "tag";
    static final String ARCHITECTURE = "architecture";
    static final String REGION = "region";
    static final String OFFICIAL = "official";

    // Numbers for sorting; the rating is also a range filter.
    static final String RATING = "rating";
    static final String RATING_COUNT = "rating_count";
    static final String LAUNCHES = "launches";
    static final String TREND = "trend";
    static final String UPDATED = "updated";

    /** Fields whose compound words are split into their parts as well (see {@link TextAnalysis}). */
    static final Set<String> COMPOUND_FIELDS = Set.of(NAME, TAGS_TEXT);

    /**
     * Text without positions: BM25 needs only term frequencies, and only the name is searched as a phrase. Leaving
     * positions out of the README makes indexing faster and the index smaller.
     */
    private static final FieldType TEXT_WITHOUT_POSITIONS = textWithoutPositions();

    private TemplateDocuments() {}

    private static FieldType textWithoutPositions() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    static Term idTerm(UUID id) {
        return new Term(ID, Objects.requireNonNull(id, "a template id").toString());
    }

    static UUID idOf(BytesRef value) {
        return UUID.fromString(value.utf8ToString());
    }

    /** Trimmed and lower-cased, with runs of white space made one space; null when blank. */
    static String normalize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static Document toDocument(SearchDocument template) {
        if (template.id() == null) {
            throw new IllegalArgumentException("a search document needs an id");
        }
        Document doc = new Document();
        String id = template.id().toString();
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));

        addText(doc, NAME, template.name());
        addText(doc, SLUG, template.slug());
        addText(doc, DESCRIPTION, template.description());
        addText(doc, README, template.readme());
        addText(doc, AUTHOR, template.authorHandle());
        addText(doc, AUTHOR, template.authorName());
        nullToEmpty(template.tags()).forEach(tag -> addText(doc, TAGS_TEXT, tag));

        String exactName = normalize(template.name());
        if (exactName != null) {
            doc.add(new StringField(NAME_EXACT, exactName, Field.Store.NO));
        }
        addKeyword(doc, CATEGORY, template.category() == null ? List.of() : List.of(template.category()), true);
        addKeyword(doc, TAG, nullToEmpty(template.tags()), true);
        addKeyword(doc, ARCHITECTURE, nullToEmpty(template.architectures()), true);
        addKeyword(doc, REGION, nullToEmpty(template.regions()), false);
        doc.add(new StringField(OFFICIAL, Boolean.toString(template.official()), Field.Store.NO));

        doc.add(new DoublePoint(RATING, template.ratingAverage()));
        doc.add(new DoubleDocValuesField(RATING, template.ratingAverage()));
        doc.add(new NumericDocValuesField(RATING_COUNT, template.ratingCount()));
        doc.add(new NumericDocValuesField(LAUNCHES, template.launches()));
        doc.add(new DoubleDocValuesField(TREND, template.trendWeight()));
        doc.add(new NumericDocValuesField(UPDATED, epochMillis(template.updatedAt(), template.createdAt())));
        return doc;
    }

    private static void addText(Document doc, String field, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(
                    field.equals(NAME)
                            ? new TextField(field, text, Field.Store.NO)
                            : new Field(field, text, TEXT_WITHOUT_POSITIONS));
        }
    }

    private static void addKeyword(Document doc, String field, Collection<String> values, boolean faceted) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            String normalized = normalize(value);
            if (normalized != null) {
                distinct.add(normalized);
            }
        }
        for (String value : distinct) {
            doc.add(new StringField(field, value, Field.Store.NO));
            if (faceted) {
                doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
            }
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static long epochMillis(Instant updatedAt, Instant createdAt) {
        Instant at = updatedAt != null ? updatedAt : createdAt;
        return at == null ? 0L : at.toEpochMilli();
    }
}
