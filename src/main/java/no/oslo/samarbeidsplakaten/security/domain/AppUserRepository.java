package no.oslo.samarbeidsplakaten.security.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "organisation")
    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @EntityGraph(attributePaths = "organisation")
    List<AppUser> findAllByOrderByDisplayName();

    /** The mail addresses of the enabled members of some organisations. */
    @Query("""
            select u.email from AppUser u
            where u.organisation.id in :organisationIds and u.appRole = :role and u.enabled = true
              and u.email is not null
            order by u.email """)
    List<String> findEmails(Collection<Long> organisationIds, AppRole role);
}
