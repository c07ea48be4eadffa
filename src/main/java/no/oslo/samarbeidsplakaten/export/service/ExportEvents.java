package no.oslo.samarbeidsplakaten.export.service;

import org.springframework.modulith.NamedInterface;

/** What leaves and enters the app as files, for whoever keeps track (the audit log). */
public final class ExportEvents {

    private ExportEvents() {
    }

    /** A poster was downloaded; {@code what} says the format and which text (draft or version). */
    @NamedInterface("events")
    public record Exported(long posterId, String what) {
    }

    /** A poster was made from an imported file for the pair {@code pair} (department code/agency code). */
    @NamedInterface("events")
    public record Imported(long posterId, String pair) {
    }
}
