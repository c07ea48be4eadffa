package no.oslo.samarbeidsplakaten.poster.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PosterRepository extends JpaRepository<Poster, Long> {

    Optional<Poster> findByDepartmentIdAndAgencyId(long departmentId, long agencyId);

    @Query("""
            select new no.oslo.samarbeidsplakaten.poster.domain.PosterSummary(
                p.id, d.id, a.id, d.name, a.name, p.status, p.lastChangedAt, p.agreedVersion, p.nextReview)
            from Poster p join p.department d join p.agency a
            where (:text = '' or lower(d.name) like :text or lower(a.name) like :text)
              and (:status is null or p.status = :status)
              and (:everything = true or d.id = :organisationId or a.id = :organisationId
                   or (p.agreedVersion is not null and exists (
                       select 1 from PosterReader r where r.posterId = p.id and r.userId = :readerId)))
            """)
    List<PosterSummary> findSummaries(String text, @Nullable PosterStatus status, boolean everything, long organisationId,
            long readerId, Pageable pageable);

    @Query("""
            select new no.oslo.samarbeidsplakaten.poster.domain.PosterSummary(
                p.id, d.id, a.id, d.name, a.name, p.status, p.lastChangedAt, p.agreedVersion, p.nextReview)
            from Poster p join p.department d join p.agency a where p.id = :id
            """)
    Optional<PosterSummary> findSummary(long id);

    @Query("""
            select new no.oslo.samarbeidsplakaten.poster.domain.PosterSummary(
                p.id, d.id, a.id, d.name, a.name, p.status, p.lastChangedAt, p.agreedVersion, p.nextReview)
            from Poster p join p.department d join p.agency a""")
    List<PosterSummary> findAllSummaries();

    /** Every poster's last change and status, to notice any change however the transactions interleaved. */
    @Query("select p.id, p.lastChangedAt, p.status from Poster p")
    List<Object[]> findChangeMarks();

    @Query("select p.id, p.templateVersionId from Poster p")
    List<Object[]> findTemplateVersionIds();

    /**
     * Records a cell edit on the poster without bumping its version, so edits of different cells never collide. Any
     * edit makes the poster a draft again.
     */
    @Modifying
    @Query("""
            update Poster p set p.lastChangedAt = :at, p.lastChangedBy = :by, p.status = :status
            where p.id = :id""")
    void markChanged(long id, Instant at, String by, PosterStatus status);
}
