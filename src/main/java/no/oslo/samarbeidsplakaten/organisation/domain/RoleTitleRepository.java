package no.oslo.samarbeidsplakaten.organisation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleTitleRepository extends JpaRepository<RoleTitle, String> {

    List<RoleTitle> findAllByOrderByPosition();
}
