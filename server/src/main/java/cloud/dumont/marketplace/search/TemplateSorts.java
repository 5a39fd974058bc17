package cloud.dumont.marketplace.search;

import java.util.UUID;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene sort for each {@link SearchSort}. Every sort ends with the template id, which breaks ties so pages don't
 * overlap and which the index reads back as the hit's id (see {@link #idOf}).
 */
final class TemplateSorts {

    private static final SortField ID = new SortField(TemplateDocuments.ID, SortField.Type.STRING);
    private static final SortField LAUNCHES_DESC = new SortField(TemplateDocuments.LAUNCHES, SortField.Type.LONG, true);

    private TemplateSorts() {}

    static Sort of(SearchSort sort, boolean hasText) {
        SearchSort effective = sort == null ? SearchSort.RELEVANCE : sort;
        if (effective == SearchSort.RELEVANCE && !hasText) {
            effective = SearchSort.POPULAR;
        }
        return switch (effective) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, LAUNCHES_DESC, ID);
            case POPULAR -> new Sort(LAUNCHES_DESC, ID);
            case RATING ->
                new Sort(
                        new SortField(TemplateDocuments.RATING, SortField.Type.DOUBLE, true),
                        new SortField(TemplateDocuments.RATING_COUNT, SortField.Type.LONG, true),
                        ID);
            case RECENT -> new Sort(new SortField(TemplateDocuments.UPDATED, SortField.Type.LONG, true), ID);
            case TRENDING -> new Sort(new SortField(TemplateDocuments.TREND, SortField.Type.DOUBLE, true), ID);
        };
    }

    /** The id of a hit sorted by {@link #of}: the value of its last sort field. */
    static UUID idOf(FieldDoc hit) {
        return TemplateDocuments.idOf((BytesRef) hit.fields[hit.fields.length - 1]);
    }
}
