package no.oslo.samarbeidsplakaten.security.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

    List<LoginFailure> findByUsernameAndFailedAtAfterOrderByFailedAt(String username, Instant after);

    List<LoginFailure> findByClientAndFailedAtAfterOrderByFailedAt(String client, Instant after);

    @Modifying
    @Query("delete from LoginFailure f where f.username = :username")
    void forgetAccount(String username);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    void forgetBefore(Instant before);
}
