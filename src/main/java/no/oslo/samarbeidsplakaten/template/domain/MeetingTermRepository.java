package no.oslo.samarbeidsplakaten.template.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingTermRepository extends JpaRepository<MeetingTerm, String> {
}
