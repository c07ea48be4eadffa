package no.oslo.samarbeidsplakaten.organisation.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findByKindOrderByName(OrganisationKind kind);

    List<Organisation> findByParentIdOrderByName(Long parentId);

    Optional<Organisation> findByCode(String code);
}
