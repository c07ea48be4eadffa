package no.oslo.samarbeidsplakaten.versioning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PosterVersionRepository extends JpaRepository<PosterVersion, Long> {

    Optional<PosterVersion> findByPosterIdAndNumber(long posterId, int number);

    Optional<PosterVersion> findFirstByPosterIdOrderByNumberDesc(long posterId);

    @Query("""
            select new no.oslo.samarbeidsplakaten.versioning.domain.VersionSummary(
                v.number, v.lockedAt, v.lockedBy, v.changeSummary, v.nextReview)
            from PosterVersion v where v.posterId = :posterId order by v.number desc
            """)
    List<VersionSummary> findSummaries(long posterId, Pageable page);

    /** The approvers of some of a poster's versions, in their order within each version. */
    @Query("""
            select new no.oslo.samarbeidsplakaten.versioning.domain.PosterVersionRepository$ApproverLine(
                v.number, a)
            from PosterVersion v join v.approvers a
            where v.posterId = :posterId and v.number in :numbers
            order by v.number, index(a)
            """)
    List<ApproverLine> findApprovers(long posterId, List<Integer> numbers);

    record ApproverLine(int number, VersionApprover approver) {
    }

    List<PosterVersion> findByPosterIdOrderByNumber(long posterId);

    /** How many versions there are and the newest one's id. */
    @Query("select count(v), coalesce(max(v.id), 0) from PosterVersion v")
    List<Object[]> findChangeMark();

    /** The latest version of every poster that has one. */
    @Query("""
            select v from PosterVersion v
            where v.number = (select max(w.number) from PosterVersion w where w.posterId = v.posterId)""")
    List<PosterVersion> findLatestOfEveryPoster();

    /** The approvers of every poster's latest version. */
    @Query("""
            select new no.oslo.samarbeidsplakaten.versioning.domain.PosterVersionRepository$LatestApproverLine(
                v.posterId, a)
            from PosterVersion v join v.approvers a
            where v.number = (select max(w.number) from PosterVersion w where w.posterId = v.posterId)
            order by v.posterId, index(a)""")
    List<LatestApproverLine> findApproversOfLatestVersions();

    record LatestApproverLine(long posterId, VersionApprover approver) {
    }

    @Query("select max(v.number) from PosterVersion v where v.posterId = :posterId")
    Optional<Integer> findLatestNumber(long posterId);
}
