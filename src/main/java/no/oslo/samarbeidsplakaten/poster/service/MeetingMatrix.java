package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import org.springframework.modulith.NamedInterface;

/**
 * The meeting matrix as a reader sees it, whatever the medium: the attributes in poster order, each giving the
 * lines a meeting shows for it (the structured value first, then its note). The read-only view and the printed
 * poster both lay out these lines, so they never disagree.
 */
@NamedInterface("service")
public final class MeetingMatrix {

    /**
     * One attribute of the matrix.
     *
     * @param textOnly free text only: no structured value to set off from a note
     */
    public record Attribute(String labelKey, boolean textOnly, Function<Row, List<String>> lines) {

        /** The non-blank lines a meeting shows for this attribute. */
        public List<String> linesOf(Row meeting) {
            return lines.apply(meeting).stream().filter(line -> !line.isBlank()).toList();
        }
    }

    private MeetingMatrix() {
    }

    public static List<Attribute> attributes(PosterLabels labels) {
        return List.of(
                structured("meeting.field.formality",
                        m -> List.of(labels.choice(CellKind.FORMALITY, value(m, MeetingField.FORMALITY)))),
                text("meeting.field.purpose", MeetingField.PURPOSE),
                structured("meeting.field.frequency", m -> List.of(labels.frequency(value(m, MeetingField.FREQUENCY)),
                        labels.months(value(m, MeetingField.MONTHS)), value(m, MeetingField.FREQUENCY_NOTE))),
                structured("meeting.field.chair", m -> List.of(
                        String.join(", ", labels.roles(value(m, MeetingField.CHAIR))),
                        value(m, MeetingField.CHAIR_NOTE))),
                structured("meeting.field.departmentParticipants", m -> List.of(
                        String.join(", ", labels.roles(value(m, MeetingField.DEPARTMENT_PARTICIPANTS))),
                        value(m, MeetingField.DEPARTMENT_PARTICIPANTS_NOTE))),
                structured("meeting.field.agencyParticipants", m -> List.of(
                        String.join(", ", labels.roles(value(m, MeetingField.AGENCY_PARTICIPANTS))),
                        value(m, MeetingField.AGENCY_PARTICIPANTS_NOTE))),
                structured("meeting.field.politicalRole", m -> List.of(
                        labels.choice(CellKind.POLITICAL_ROLE, value(m, MeetingField.POLITICAL_ROLE)),
                        value(m, MeetingField.POLITICAL_ROLE_NOTE))),
                text("meeting.field.agenda", MeetingField.AGENDA),
                structured("meeting.field.documentation", m -> documentation(m, labels)),
                structured("meeting.field.publicity", m -> List.of(
                        labels.choice(CellKind.PUBLICITY, value(m, MeetingField.PUBLICITY)),
                        value(m, MeetingField.PUBLICITY_NOTE))),
                structured("meeting.field.archive", m -> List.of(
                        labels.choice(CellKind.ARCHIVE, value(m, MeetingField.ARCHIVE)),
                        value(m, MeetingField.ARCHIVE_NOTE))),
                text("meeting.field.steeringSignals", MeetingField.STEERING_SIGNALS));
    }

    private static Attribute structured(String labelKey, Function<Row, List<String>> lines) {
        return new Attribute(labelKey, false, lines);
    }

    private static Attribute text(String labelKey, MeetingField field) {
        return new Attribute(labelKey, true, m -> List.of(value(m, field)));
    }

    private static List<String> documentation(Row meeting, PosterLabels labels) {
        var lines = new ArrayList<String>();
        lines.add(labels.choice(CellKind.DOCUMENTATION_KIND, value(meeting, MeetingField.DOCUMENTATION)));
        String drafter = labels.choice(CellKind.DRAFTER, value(meeting, MeetingField.DOCUMENTATION_DRAFTER));
        if (!drafter.isEmpty()) {
            lines.add(labels.t("matrix.drafter", drafter));
        }
        String commentRound = value(meeting, MeetingField.DOCUMENTATION_COMMENT_ROUND);
        if (!commentRound.isEmpty()) {
            lines.add(labels.t("matrix.commentRound." + commentRound));
        }
        lines.add(value(meeting, MeetingField.DOCUMENTATION_NOTE));
        return lines;
    }

    private static String value(Row meeting, MeetingField field) {
        var cell = meeting.cell(field);
        return cell == null ? "" : cell.value();
    }
}
