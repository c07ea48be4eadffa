package no.oslo.samarbeidsplakaten.workshop.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    Optional<Workshop> findFirstByPosterIdAndStatus(long posterId, WorkshopStatus status);

    Optional<Workshop> findByJoinCodeAndStatus(String joinCode, WorkshopStatus status);

    boolean existsByJoinCode(String joinCode);

    Optional<Workshop> findFirstByPosterIdOrderByOpenedAtDesc(long posterId);
}
