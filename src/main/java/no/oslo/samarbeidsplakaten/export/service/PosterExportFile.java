package no.oslo.samarbeidsplakaten.export.service;

import java.time.Instant;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.versioning.service.VersionRecord;

/**
 * A poster as a JSON file, for archiving and for moving it to another installation: the pair by organisation code,
 * the content of the draft or of one version (with the template version it follows), and every version's record.
 *
 * @param source "utkast" for the draft, else "versjon-N"
 */
public record PosterExportFile(
        String format,
        int formatVersion,
        Instant exportedAt,
        Organisation department,
        Organisation agency,
        String source,
        PosterContent content,
        List<VersionRecord> versions) {

    public static final String FORMAT = "samarbeidsplakat";
    /** 2: a version's approvers and participants are objects (name, role title, side), no longer text lines. */
    public static final int FORMAT_VERSION = 2;

    /** The import reads the content only, which has not changed since version 1. */
    public static final java.util.Set<Integer> READABLE_VERSIONS = java.util.Set.of(1, 2);

    public record Organisation(String code, String name) {
    }
}
