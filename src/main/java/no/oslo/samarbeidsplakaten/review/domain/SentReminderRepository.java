package no.oslo.samarbeidsplakaten.review.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SentReminderRepository extends JpaRepository<SentReminder, SentReminder.Key> {
}
