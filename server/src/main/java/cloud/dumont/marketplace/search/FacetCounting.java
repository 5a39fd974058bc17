package cloud.dumont.marketplace.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every match of a search and, for each facet field, how many matches carry each value, read from the fields'
 * sorted-set doc values. Counting per segment ordinal in an array and resolving only the ordinals that were seen to
 * their values at the end of each segment keeps the per-match cost at a few array increments; this needs no taxonomy
 * and no per-reader facet state, which would have to be rebuilt after every write.
 */
final class FacetCounting implements CollectorManager<FacetCounting.Counter, FacetCounting.Result> {

    /** Values shown per facet, the most frequent first. */
    static final int MAX_VALUES_PER_FACET = 50;

    record Result(long matches, Map<String, List<FacetCount>> facets) {}

    /** Facet name in the result, and the indexed field it counts. */
    private final Map<String, String> fieldsByFacet;

    FacetCounting(Map<String, String> fieldsByFacet) {
        this.fieldsByFacet = fieldsByFacet;
    }

    @Override
    public Counter newCollector() {
        return new Counter(fieldsByFacet.values());
    }

    @Override
    public Result reduce(Collection<Counter> counters) {
        long matches = 0;
        Map<String, Map<String, Long>> totals = new HashMap<>();
        for (Counter counter : counters) {
            matches += counter.matches;
            counter.counts.forEach((field, counts) -> counts.forEach((value, count) ->
                    totals.computeIfAbsent(field, f -> new HashMap<>()).merge(value, count, Long::sum)));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        fieldsByFacet.forEach((facet, field) -> facets.put(facet, mostFrequent(totals.getOrDefault(field, Map.of()))));
        return new Result(matches, facets);
    }

    private static List<FacetCount> mostFrequent(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(entry -> new FacetCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .limit(MAX_VALUES_PER_FACET)
                .toList();
    }

    /** Collects one slice of the index's segments. */
    static final class Counter implements Collector {

        private final List<String> fields;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private long matches;

        Counter(Collection<String> fields) {
            this.fields = new ArrayList<>(fields);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int fieldCount = fields.size();
            SortedSetDocValues[] values = new SortedSetDocValues[fieldCount];
            int[][] ordinalCounts = new int[fieldCount][];
            for (int i = 0; i < fieldCount; i++) {
                values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
                ordinalCounts[i] = new int[Math.toIntExact(values[i].getValueCount())];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    matches++;
                    for (int i = 0; i < fieldCount; i++) {
                        SortedSetDocValues docValues = values[i];
                        if (docValues.advanceExact(doc)) {
                            int[] fieldCounts = ordinalCounts[i];
                            for (int n = docValues.docValueCount(); n > 0; n--) {
                                fieldCounts[(int) docValues.nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < fieldCount; i++) {
                        Map<String, Long> fieldTotals = counts.computeIfAbsent(fields.get(i), f -> new HashMap<>());
                        int[] fieldCounts = ordinalCounts[i];
                        for (int ord = 0; ord < fieldCounts.length; ord++) {
                            if (fieldCounts[ord] > 0) {
                                String value = values[i].lookupOrd(ord).utf8ToString();
                                fieldTotals.merge(value, (long) fieldCounts[ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}
