package no.oslo.samarbeidsplakaten.export.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/**
 * Everything the printed poster shows, gathered (with the reader's access checked) before rendering starts, so the
 * renderer needs neither the database nor the reader's session.
 *
 * @param stamp the version the poster prints, or the draft
 * @param address the web address the QR code leads to
 */
public record PrintablePoster(
        PosterDocument document,
        Stamp stamp,
        String address,
        boolean includeReflection,
        PosterLabels labels,
        Locale locale) {

    /**
     * The footer stamp: which version this is and who agreed it.
     *
     * @param versionNumber null for the draft
     * @param latestAgreed the newest agreed version, or null when none is agreed yet
     */
    public record Stamp(
            Integer versionNumber,
            Instant lockedAt,
            List<String> approverRoles,
            LocalDate nextReview,
            boolean current,
            Integer latestAgreed,
            Instant lastChangedAt) {

        public boolean draft() {
            return versionNumber == null;
        }
    }
}
