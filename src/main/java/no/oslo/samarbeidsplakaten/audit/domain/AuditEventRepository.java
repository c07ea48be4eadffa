package no.oslo.samarbeidsplakaten.audit.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (:kind is null or e.kind = :kind)
              and (:text = '' or lower(e.actor) like :text or lower(e.detail) like :text)
            order by e.occurredAt desc, e.id desc
            """)
    List<AuditEvent> find(@Nullable AuditKind kind, String text, Pageable page);
}
