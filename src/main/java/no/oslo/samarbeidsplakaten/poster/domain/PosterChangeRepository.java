package no.oslo.samarbeidsplakaten.poster.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PosterChangeRepository extends JpaRepository<PosterChange, Long> {

    @Query("""
            select c from PosterChange c
            where c.posterId = :posterId and c.changedAt > :since
              and (:target = '' or c.target = :target or (:target = '-' and c.target = ''))
            order by c.changedAt desc, c.id desc
            """)
    List<PosterChange> findTrail(long posterId, Instant since, String target, Pageable page);

    @Query("select distinct c.target from PosterChange c where c.posterId = :posterId and c.changedAt > :since")
    List<String> findTargets(long posterId, Instant since);
}
