package no.oslo.samarbeidsplakaten.workshop.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PosterFlagRepository extends JpaRepository<PosterFlag, Long> {

    List<PosterFlag> findByPosterIdAndResolvedAtIsNullOrderByCreatedAt(long posterId);
}
