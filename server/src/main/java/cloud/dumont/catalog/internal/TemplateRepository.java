package cloud.dumont.catalog.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TemplateRepository extends JpaRepository<TemplateEntity, UUID> {

    @Query("select t from TemplateEntity t join fetch t.publisher p"
            + " where p.official = true and t.visibility = 'public' order by t.name")
    List<TemplateEntity> findOfficial();

    @Query("select t from TemplateEntity t join fetch t.publisher p"
            + " where p.official = true and t.visibility = 'public' and t.slug = :slug")
    Optional<TemplateEntity> findOfficialBySlug(String slug);

    Optional<TemplateEntity> findByPublisherAndSlug(PublisherEntity publisher, String slug);

    @Query("select t from TemplateEntity t join fetch t.publisher where t.id in :ids")
    List<TemplateEntity> findWithPublisher(Collection<UUID> ids);

    @Query("select t from TemplateEntity t join fetch t.publisher p where p.userId = :userId order by t.updatedAt desc")
    List<TemplateEntity> findOwnedBy(UUID userId);

    /**
     * Keyset paging over ids alone, in a stable order, for walking every template (the search index rebuild). Ids
     * only: joined with publishers, H2 scans the publishers first and reads and sorts every template for each page.
     */
    @Query("select t.id from TemplateEntity t where t.id > :after order by t.id")
    List<UUID> findIdsAfter(UUID after, Limit limit);

    /** The first page of {@link #findIdsAfter}: no UUID sorts first in every database (H2 compares unsigned). */
    @Query("select t.id from TemplateEntity t order by t.id")
    List<UUID> findFirstIds(Limit limit);

    @Query("select t.id from TemplateEntity t where t.updatedAt >= :since")
    List<UUID> findIdsUpdatedSince(Instant since);
}
