package cloud.dumont.catalog.internal;

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

    /** Keyset paging in a stable order, for walking every template (the search index rebuild). */
    @Query("select t from TemplateEntity t join fetch t.publisher where t.id > :after order by t.id")
    List<TemplateEntity> findPageAfter(UUID after, Limit limit);

    /** The first page of {@link #findPageAfter}: no UUID sorts first in every database (H2 compares unsigned). */
    @Query("select t from TemplateEntity t join fetch t.publisher order by t.id")
    List<TemplateEntity> findFirstPage(Limit limit);
}
