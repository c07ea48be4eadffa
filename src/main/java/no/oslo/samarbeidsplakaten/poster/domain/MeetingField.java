package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The attributes of a meeting row. Structured attributes (frequency, roles, choices) can be compared across the
 * kommune; each has a free-text note beside it.
 */
@NamedInterface("model")
public enum MeetingField {
    NAME("name", CellKind.NAME),
    FORMALITY("formality", CellKind.FORMALITY),
    PURPOSE("purpose", CellKind.TEXT),
    FREQUENCY("frequency", CellKind.FREQUENCY),
    FREQUENCY_NOTE("frequency.note", CellKind.TEXT),
    MONTHS("months", CellKind.MONTHS),
    CHAIR("chair", CellKind.ROLES),
    CHAIR_NOTE("chair.note", CellKind.TEXT),
    DEPARTMENT_PARTICIPANTS("departmentParticipants", CellKind.ROLES),
    DEPARTMENT_PARTICIPANTS_NOTE("departmentParticipants.note", CellKind.TEXT),
    AGENCY_PARTICIPANTS("agencyParticipants", CellKind.ROLES),
    AGENCY_PARTICIPANTS_NOTE("agencyParticipants.note", CellKind.TEXT),
    POLITICAL_ROLE("politicalRole", CellKind.POLITICAL_ROLE),
    POLITICAL_ROLE_NOTE("politicalRole.note", CellKind.TEXT),
    AGENDA("agenda", CellKind.TEXT),
    DOCUMENTATION("documentation", CellKind.DOCUMENTATION_KIND),
    DOCUMENTATION_DRAFTER("documentation.drafter", CellKind.DRAFTER),
    DOCUMENTATION_COMMENT_ROUND("documentation.commentRound", CellKind.YES_NO),
    DOCUMENTATION_NOTE("documentation.note", CellKind.TEXT),
    PUBLICITY("publicity", CellKind.PUBLICITY),
    PUBLICITY_NOTE("publicity.note", CellKind.TEXT),
    ARCHIVE("archive", CellKind.ARCHIVE),
    ARCHIVE_NOTE("archive.note", CellKind.TEXT),
    STEERING_SIGNALS("steeringSignals", CellKind.TEXT);

    private final String key;
    private final CellKind kind;

    MeetingField(String key, CellKind kind) {
        this.key = key;
        this.kind = kind;
    }

    public String key() {
        return key;
    }

    public CellKind kind() {
        return kind;
    }

    public String labelKey() {
        return "meeting.field." + key;
    }

    public static Optional<MeetingField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
