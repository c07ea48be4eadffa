package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.Arrays;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/** The ordered lists of a poster: its meeting matrix and each side's commitments. */
@NamedInterface("model")
public enum RowList {
    MEETINGS,
    DEPARTMENT_COMMITMENTS,
    AGENCY_COMMITMENTS;

    /** The single cell of a commitment row. */
    public static final String COMMITMENT_TEXT = "text";

    public List<String> fieldKeys() {
        return this == MEETINGS ? Arrays.stream(MeetingField.values()).map(MeetingField::key).toList()
                : List.of(COMMITMENT_TEXT);
    }

    public CellKind kindOf(String fieldKey) {
        if (this == MEETINGS) {
            return MeetingField.byKey(fieldKey).map(MeetingField::kind)
                    .orElseThrow(() -> new IllegalArgumentException("Unknown meeting field " + fieldKey));
        }
        return CellKind.TEXT;
    }
}
