package no.oslo.samarbeidsplakaten.workshop.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface JoinFailureRepository extends JpaRepository<JoinFailure, Long> {

    List<JoinFailure> findByClientAndFailedAtAfterOrderByFailedAt(String client, Instant after);

    @Modifying
    @Query("delete from JoinFailure f where f.client = :client")
    void forget(String client);

    @Modifying
    @Query("delete from JoinFailure f where f.failedAt < :before")
    void forgetBefore(Instant before);
}
