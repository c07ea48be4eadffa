package no.oslo.samarbeidsplakaten.poster.domain;

import java.time.Instant;

/** A cell as it is committed in the database right now: read past the persistence context, never from its cache. */
public record CommittedCell(long id, String value, long revision, Instant changedAt, String changedBy) {
}
