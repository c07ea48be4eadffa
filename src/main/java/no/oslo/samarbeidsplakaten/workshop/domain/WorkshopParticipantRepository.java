package no.oslo.samarbeidsplakaten.workshop.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopParticipantRepository extends JpaRepository<WorkshopParticipant, Long> {

    boolean existsByWorkshopIdAndDisplayNameAndRoleTitle(long workshopId, String displayName, String roleTitle);

    List<WorkshopParticipant> findByWorkshopIdOrderByJoinedAt(long workshopId);
}
