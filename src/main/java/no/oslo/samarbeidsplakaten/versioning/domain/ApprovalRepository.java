package no.oslo.samarbeidsplakaten.versioning.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRepository extends JpaRepository<Approval, Long> {

    List<Approval> findByPosterIdAndVoidedAtIsNull(long posterId);

    /** The latest approval of each side, active or not, to show what lapsed and why. */
    Optional<Approval> findFirstByPosterIdAndSideOrderByApprovedAtDescIdDesc(long posterId,
            no.oslo.samarbeidsplakaten.security.domain.Side side);
}
