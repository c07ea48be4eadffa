package no.oslo.samarbeidsplakaten.template.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TemplateDraftRepository extends JpaRepository<TemplateDraft, String> {

    /** The draft, locked until the transaction ends, so field writes to it are applied one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from TemplateDraft d where d.templateKey = ?1")
    Optional<TemplateDraft> lockByKey(String templateKey);
}
