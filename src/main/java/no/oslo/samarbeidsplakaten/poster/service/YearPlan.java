package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.domain.YearMonths;
import org.springframework.modulith.NamedInterface;

/**
 * The poster as the year's plan (årshjul): its meetings and steering documents with the months they fall in, ring by
 * ring and in poster order within a ring. Entries not placed in the year are kept, so a reader sees what is still
 * open.
 */
@NamedInterface("service")
public record YearPlan(List<Entry> entries) {

    /** The rings of the wheel, outermost first. */
    public enum Ring {
        FORMAL_MEETINGS, OTHER_MEETINGS, DOCUMENTS
    }

    /**
     * One meeting or steering document.
     *
     * @param key the meeting's row key, or the key of the field holding the document's months
     * @param name the meeting's name or the document's, in the reader's language
     * @param frequency the meeting's stored frequency; empty for documents
     */
    public record Entry(Ring ring, String key, String name, YearMonths months, String frequency) {

        public boolean placed() {
            return !months.isEmpty();
        }
    }

    private record SteeringDocument(String nameKey, SectionField months) {
    }

    /** The steering documents and the fields holding their months, in the order the year plan lists them. */
    private static final List<SteeringDocument> DOCUMENTS = List.of(
            new SteeringDocument("yearplan.document.allocation", SectionField.ALLOCATION_MONTHS),
            new SteeringDocument("yearplan.document.reporting", SectionField.REPORTING_MONTHS),
            new SteeringDocument("yearplan.document.annualReport", SectionField.ANNUAL_REPORT_MONTHS),
            new SteeringDocument("yearplan.document.assignment", SectionField.ASSIGNMENT_MONTHS));

    public static YearPlan of(PosterDocument document, PosterLabels labels) {
        var entries = new ArrayList<Entry>();
        for (var meeting : document.meetings()) {
            boolean formal = Formality.FORMAL.name().equals(meeting.cell(MeetingField.FORMALITY).value());
            entries.add(new Entry(formal ? Ring.FORMAL_MEETINGS : Ring.OTHER_MEETINGS, meeting.rowKey(),
                    meeting.cell(MeetingField.NAME).value(),
                    YearMonths.read(meeting.cell(MeetingField.MONTHS).value()),
                    meeting.cell(MeetingField.FREQUENCY).value()));
        }
        for (var steering : DOCUMENTS) {
            entries.add(new Entry(Ring.DOCUMENTS, steering.months().key(), labels.t(steering.nameKey()),
                    YearMonths.read(document.section(steering.months()).value()), ""));
        }
        entries.sort(java.util.Comparator.comparing(Entry::ring));
        return new YearPlan(List.copyOf(entries));
    }

    /** The entries of one ring, placed or not. */
    public List<Entry> of(Ring ring) {
        return entries.stream().filter(e -> e.ring() == ring).toList();
    }

    /** An entry's number on the wheel and in the table: its place among the placed entries, from 1; 0 if not placed. */
    public int numberOf(Entry entry) {
        var placed = placed();
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i) == entry) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The entries drawn on the wheel: those placed in the year. */
    public List<Entry> placed() {
        return entries.stream().filter(Entry::placed).toList();
    }

    /** The entries of one ring falling in a month, in plan order (the same instances as {@link #placed}). */
    public List<Entry> in(Ring ring, int month) {
        return placed().stream().filter(e -> e.ring() == ring && e.months().contains(month)).toList();
    }
}
