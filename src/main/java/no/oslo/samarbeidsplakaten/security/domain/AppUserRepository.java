package no.oslo.samarbeidsplakaten.security.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "organisation")
    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @EntityGraph(attributePaths = "organisation")
    List<AppUser> findAllByOrderByDisplayName();
}
