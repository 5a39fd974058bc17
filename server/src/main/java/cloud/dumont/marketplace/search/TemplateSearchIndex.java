package cloud.dumont.marketplace.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Full-text search over the listed community templates: BM25 relevance with field weights, typo tolerance, filters,
 * facet counts, sorts and paging (see {@link TemplateQueries} for how text is ranked).
 *
 * <p>Why Lucene itself rather than the database or Hibernate Search: it ranks and counts identically on the embedded
 * H2 default and on PostgreSQL (neither database's own full-text search exists on the other), and gives BM25, fuzzy
 * matching and the doc values that facet counts need ({@link FacetCounting}). Hibernate Search 8.3 targets Hibernate ORM 7.3 while we run 7.4, and its
 * entity-driven indexing would buy little: the index holds only what the marketplace service hands it.
 *
 * <p>The index is a cache of the database: it lives in a directory of its own (memory-mapped files, so 100k templates
 * don't sit on the heap), which is {@code dumont.marketplace.index-dir} when set and otherwise a fresh temporary
 * directory deleted on {@link #close()}. An existing index in that directory is discarded on start, and nothing is
 * ever committed: the marketplace service rebuilds the index from the database at startup with {@link #upsertAll},
 * and searches read the writer's near-real-time view. Only listed templates (public, not unpublished) belong here; the
 * marketplace service decides which.
 *
 * <p>Thread safe. Each write returns only once the searcher has been refreshed past it, so the next search from any
 * thread sees it; concurrent writers share refreshes. A refresh writes a small segment and costs milliseconds, so
 * loading many templates belongs in one {@link #upsertAll} call.
 *
 * <p>Facet counts are taken over all matches of the text and of every filter, including the filter on the facet's own
 * field (a category filter leaves one category in the category facet).
 */
@Component
public class TemplateSearchIndex implements AutoCloseable {

    /** Key of the category counts in {@link SearchHits#facets()}. */
    public static final String CATEGORY_FACET = "category";

    /** Key of the tag counts in {@link SearchHits#facets()}. */
    public static final String TAG_FACET = "tag";

    /** Key of the architecture counts in {@link SearchHits#facets()}. */
    public static final String ARCHITECTURE_FACET = "architecture";

    static final int MAX_PAGE_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(TemplateSearchIndex.class);
    /** Each facet's key and the keyword field it counts. */
    private static final Map<String, String> FACET_FIELDS = orderedFacets();

    private static final double WRITER_BUFFER_MB = 64;

    /** Batches from this size on are indexed by the common fork-join pool's threads as well as the caller's. */
    private static final int PARALLEL_BATCH_SIZE = 1_000;

    private final Path path;
    private final boolean temporary;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicBoolean closed = new AtomicBoolean();

    private final ReentrantLock refreshLock = new ReentrantLock();
    private final AtomicLong refreshesStarted = new AtomicLong();
    private long refreshesFinished; // guarded by refreshLock

    /** An index in a fresh temporary directory, deleted on {@link #close()}. */
    public TemplateSearchIndex() {
        this((Path) null);
    }

    /** An index in {@code indexDir} (property {@code dumont.marketplace.index-dir}); blank: a temporary directory. */
    @Autowired
    public TemplateSearchIndex(@Value("${dumont.marketplace.index-dir:}") String indexDir) {
        this(indexDir == null || indexDir.isBlank() ? null : Path.of(indexDir));
    }

    /**
     * An index in {@code indexDir}, created if missing, whose previous content is discarded and which is kept on
     * close; null: a fresh temporary directory, deleted on close.
     */
    public TemplateSearchIndex(Path indexDir) {
        try {
            this.temporary = indexDir == null;
            this.path = temporary ? Files.createTempDirectory("dumont-search-") : Files.createDirectories(indexDir);
            this.directory = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(
                            TextAnalysis.forIndexing(TemplateDocuments.COMPOUND_FIELDS))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(WRITER_BUFFER_MB)
                    // A write's refresh must not wait for small segments to be merged into it (up to 500 ms by
                    // default): merges run in the background instead. Single upserts on 50k templates: p99 70-90 ms
                    // instead of 210-300 ms on the shared two-core machine.
                    .setMaxFullFlushMergeWaitMillis(0);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the template search index in " + indexDir, e);
        }
        log.debug("template search index in {}", path);
    }

    /** Adds a template or replaces the one with the same id. */
    public void upsert(SearchDocument template) {
        write(() -> index(template));
    }

    /**
     * Adds or replaces many templates with one refresh at the end: the way to (re)build the index. Of several templates
     * with the same id, the last wins. Large batches are analysed on several cores at once.
     */
    public void upsertAll(Collection<SearchDocument> templates) {
        Map<UUID, SearchDocument> lastById = new LinkedHashMap<>();
        for (SearchDocument template : templates) {
            lastById.put(Objects.requireNonNull(template.id(), "a template id"), template);
        }
        Collection<SearchDocument> distinct = lastById.values();
        write(() -> {
            try (Stream<SearchDocument> stream =
                    distinct.size() >= PARALLEL_BATCH_SIZE ? distinct.parallelStream() : distinct.stream()) {
                stream.forEach(this::index);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    private void index(SearchDocument template) {
        try {
            writer.updateDocument(TemplateDocuments.idTerm(template.id()), TemplateDocuments.toDocument(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a template; nothing happens when it is not indexed. */
    public void remove(UUID id) {
        write(() -> writer.deleteDocuments(TemplateDocuments.idTerm(id)));
    }

    /** Removes every template. */
    public void removeAll() {
        write(writer::deleteAll);
    }

    /** Number of indexed templates, as the next search sees them. */
    public long size() {
        return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    /** One page of matches in the requested order, the number of all matches, and facet counts over all matches. */
    public SearchHits search(SearchQuery query) {
        int size = Math.clamp(query.size(), 1, MAX_PAGE_SIZE);
        long from = (long) Math.max(query.page(), 0) * size;
        TemplateQueries.Built built = TemplateQueries.of(query);
        return withSearcher(searcher -> {
            // Collect the first from + size hits in order; never more than there are documents.
            int numHits = (int)
                    Math.max(1, Math.min(from + size, searcher.getIndexReader().maxDoc()));
            var top = new TopFieldCollectorManager(
                    TemplateSorts.of(query.sort(), built.hasText()), numHits, null, Integer.MAX_VALUE);
            var facets = new FacetCounting(FACET_FIELDS);
            Object[] results = searcher.search(built.query(), new MultiCollectorManager(top, facets));
            TopFieldDocs topDocs = (TopFieldDocs) results[0];
            FacetCounting.Result counted = (FacetCounting.Result) results[1];
            List<UUID> ids = new ArrayList<>(size);
            ScoreDoc[] hits = topDocs.scoreDocs;
            for (long i = from; i < hits.length; i++) {
                ids.add(TemplateSorts.idOf((FieldDoc) hits[(int) i]));
            }
            return new SearchHits(List.copyOf(ids), counted.matches(), counted.facets());
        });
    }

    /** The directory the index lives in. */
    Path path() {
        return path;
    }

    /** Releases the index; a temporary directory is deleted. Called by the container on shutdown. */
    @Override
    @PreDestroy
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (directory) {
            searchers.close();
            writer.close(); // commits nothing (commit on close is off): the index is rebuilt at startup
        } catch (IOException e) {
            log.warn("closing the template search index in {} failed", path, e);
        }
        if (temporary) {
            deleteRecursively(path);
        }
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private void write(IndexWrite change) {
        try {
            change.run();
            makeVisible();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to the template search index failed", e);
        }
    }

    /**
     * Returns once a refresh that started after the caller's write has finished, so the write is visible to every
     * search from then on. Refreshes run one at a time and are numbered; a writer that finds a later-started refresh
     * already finished skips its own, so concurrent writers share refreshes instead of queueing one each.
     */
    private void makeVisible() throws IOException {
        long needed = refreshesStarted.get() + 1;
        refreshLock.lock();
        try {
            if (refreshesFinished >= needed) {
                return;
            }
            long number = refreshesStarted.incrementAndGet();
            searchers.maybeRefreshBlocking();
            refreshesFinished = number;
        } finally {
            refreshLock.unlock();
        }
    }

    private <T> T withSearcher(SearcherTask<T> task) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return task.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the template search index failed", e);
        }
    }

    private static Map<String, String> orderedFacets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put(CATEGORY_FACET, TemplateDocuments.CATEGORY);
        facets.put(TAG_FACET, TemplateDocuments.TAG);
        facets.put(ARCHITECTURE_FACET, TemplateDocuments.ARCHITECTURE);
        return Collections.unmodifiableMap(facets);
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.warn("could not delete the temporary search index {}", root, e);
        }
    }
}
