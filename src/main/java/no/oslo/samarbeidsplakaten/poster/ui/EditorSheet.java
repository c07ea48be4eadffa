package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.oslo.samarbeidsplakaten.poster.EditorContribution.RowAction;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.StructureChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import org.jspecify.annotations.Nullable;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.poster.service.PracticeReview;

/**
 * The poster as an editable sheet: it reads like the printed poster, and every field in it saves itself. It keeps the
 * poster as shown and applies the others' changes to it in place, so nobody's field is rebuilt under their cursor.
 */
class EditorSheet extends Div {

    private final PosterQueries posters;
    private final AutosaveBinder binder;
    private final PosterLabels labels;
    private final PosterTitle title;
    private final MeetingsBoard meetingsBoard;
    private final CommitmentList departmentCommitments;
    private final CommitmentList agencyCommitments;
    private final StructureActions structure;
    private final Runnable rowsShown;
    private final PracticeSection practice;
    private PosterDocument document;
    /** The structure version each list shows, so that older news of it changes nothing. */
    private final Map<RowList, Long> shownVersions = new EnumMap<>(RowList.class);

    /** @param rowsShown told when rows were shown again, so marks on them can be set again */
    EditorSheet(PosterDocument document, PosterQueries posters, PosterStructure rowChanges, AutosaveBinder binder,
            PosterLabels allLabels, PracticeReview review,
            List<String> roleCatalogue, List<RowAction> meetingActions, Runnable rowsShown) {
        this.document = document;
        this.rowsShown = rowsShown;
        this.posters = posters;
        this.binder = binder;
        var labels = allLabels.withRolesOf(document.template());
        this.labels = labels;
        addClassName("poster-sheet");
        structure = new StructureActions(rowChanges, document.id(), labels, this::reload);
        meetingsBoard = new MeetingsBoard(labels, row -> new MeetingCard(row, binder, labels, roleCatalogue,
                structure, meetingActions, () -> current(row), review::suggestionFor, this::templateMonths));
        departmentCommitments = new CommitmentList(RowList.DEPARTMENT_COMMITMENTS,
                getTranslation("commitments.department"), binder, labels, structure);
        agencyCommitments = new CommitmentList(RowList.AGENCY_COMMITMENTS, getTranslation("commitments.agency"),
                binder, labels, structure);
        showLoadedVersion();
        showStructure();
        title = new PosterTitle(document, labels);
        practice = new PracticeSection(document, labels, binder, review::deviations);
        add(title, purposeSection(), documentsSection(), meetingsSection(),
                new PosterSection("styringssignaler", sectionTitle("signals"),
                        guidance("signals"), textArea(SectionField.SIGNALS)),
                commitmentsSection(), reflectionSection(),
                new PosterSection("felles-praksis", sectionTitle("practice"),
                        guidance("practice"), practice));
    }

    PosterDocument document() {
        return document;
    }

    /** A saved change: the event carries the new state, applied as it is without reading the poster again. */
    void apply(CellChanged change) {
        document = document.withCell(change.cellId(), change.value(), change.revision(), change.changedAt());
        binder.applyRemote(change);
        title.update(document.summary());
        var card = change.rowId() == null ? null : meetingsBoard.card(change.rowId());
        if (card != null) {
            card.remoteChange(change.fieldKey(), change.value());
        }
        if (MeetingField.FORMALITY.key().equals(change.fieldKey())) {
            meetingsBoard.show(document.meetings());
        }
        if (change.rowId() != null && meetingsBoard.card(change.rowId()) != null) {
            practice.update(document);
        }
    }

    /** Rows were added, moved or removed in one list; the rows that stay keep their fields. */
    void apply(StructureChanged change) {
        // This user's own changes show at once, by reloading; the news of an earlier one may come after that and
        // would take the rows back for a moment, rebuilding the fields of the newer ones.
        if (change.structureVersion() < shownVersions.getOrDefault(change.list(), 0L)) {
            return;
        }
        shownVersions.put(change.list(), change.structureVersion());
        document = document.withRows(change.list(), change.rows(), change.changedAt());
        showStructure();
        if (change.list() == RowList.MEETINGS) {
            practice.update(document);
        }
        title.update(document.summary());
        rowsShown.run();
    }

    /** Reads the poster again, e.g. after this user changed its structure or it was agreed. */
    void reload() {
        document = posters.load(document.id());
        showLoadedVersion();
        showStructure();
        practice.update(document);
        title.update(document.summary());
        rowsShown.run();
    }

    private void showLoadedVersion() {
        for (RowList list : RowList.values()) {
            shownVersions.put(list, document.structureVersion());
        }
    }

    private void showStructure() {
        meetingsBoard.show(document.meetings());
        departmentCommitments.show(document.departmentCommitments());
        agencyCommitments.show(document.agencyCommitments());
    }

    /** The months the poster's template suggests for a meeting type, or for a steering document's months field. */
    private String templateMonths(@Nullable String key) {
        if (key == null) {
            return "";
        }
        var template = document.template();
        return template.meetingType(key).map(type -> type.cells().getOrDefault(MeetingField.MONTHS.key(), ""))
                .orElseGet(() -> template.cells().getOrDefault(key, ""));
    }

    private Row current(Row row) {
        return document.meetings().stream().filter(r -> r.id() == row.id()).findFirst().orElse(row);
    }

    String describeCell(long cellId) {
        return document.describe(cellId, binder.labelOf(cellId));
    }

    /** What a saved change was about, also for a field not on screen (e.g. in a closed meeting). */
    String describeChange(CellChanged change) {
        String label = binder.labelOf(change.cellId());
        return document.describe(change.cellId(), label.isBlank() ? labels.fieldLabel(change.fieldKey()) : label);
    }

    /** Moves the focus to a cell; a cell of a closed meeting has no field until the meeting is opened. */
    void goToCell(long cellId) {
        openMeetingOf(cellId);
        binder.focus(cellId);
    }

    void goToRow(long rowId) {
        var card = meetingsBoard.card(rowId);
        if (card != null) {
            card.scrollIntoView();
        }
    }

    /** Opens the meeting holding a cell, so its field exists, e.g. to offer a kept draft again. */
    void openMeetingOf(long cellId) {
        document.rowOf(cellId).map(row -> meetingsBoard.card(row.id())).ifPresent(card -> card.setOpen(true));
        practice.reveal(cellId, document);
    }

    void markFlagged(Set<Long> cellIds, Set<Long> rowIds) {
        binder.showFlags(cellIds);
        for (Row meeting : document.meetings()) {
            var card = meetingsBoard.card(meeting.id());
            if (card != null) {
                card.getElement().setAttribute("data-flagged", String.valueOf(rowIds.contains(meeting.id())));
            }
        }
    }

    private Component purposeSection() {
        return new PosterSection("formal", sectionTitle("purpose"), guidance("purpose"),
                textArea(SectionField.PURPOSE), textArea(SectionField.PRINCIPLES));
    }

    private Component documentsSection() {
        var allocation = new Div(new H3(getTranslation("documents.allocation")),
                textArea(SectionField.ALLOCATION_TIMING), months(SectionField.ALLOCATION_MONTHS),
                textArea(SectionField.ALLOCATION_INVOLVEMENT), textArea(SectionField.ALLOCATION_REPORTING),
                months(SectionField.REPORTING_MONTHS), months(SectionField.ANNUAL_REPORT_MONTHS));
        var assignment = new Div(new H3(getTranslation("documents.assignment")),
                textArea(SectionField.ASSIGNMENT_TIMING), months(SectionField.ASSIGNMENT_MONTHS),
                textArea(SectionField.ASSIGNMENT_INVOLVEMENT), textArea(SectionField.ASSIGNMENT_REPORTING));
        allocation.addClassName("document-card");
        assignment.addClassName("document-card");
        var columns = new Div(allocation, assignment);
        columns.addClassName("two-columns");
        return new PosterSection("styringsdokumenter", sectionTitle("documents"), guidance("documents"), columns);
    }

    private String sectionTitle(String part) {
        return labels.sectionTitle(document.template(), part);
    }

    private @Nullable String guidance(String part) {
        return labels.sectionGuidance(document.template(), part);
    }

    private TextArea textArea(SectionField field) {
        var area = new TextArea(getTranslation("field." + field.key()));
        area.setWidthFull();
        binder.bindText(area, document.section(field));
        return area;
    }

    private MonthsField months(SectionField field) {
        var months = new MonthsField(getTranslation("field." + field.key()), labels, templateMonths(field.key()));
        binder.bind(months.choice(), document.section(field), MonthsField::decode, MonthsField::encode);
        return months;
    }

    private Component meetingsSection() {
        var add = new Button(getTranslation("meeting.add"), VaadinIcon.PLUS.create(),
                e -> new AddMeetingDialog(structure::addMeeting).open());
        add.addClassName("add-meeting");
        return new PosterSection("motene", sectionTitle("meetings"),
                guidance("meetings"), meetingsBoard, add);
    }

    private Component commitmentsSection() {
        var columns = new Div(departmentCommitments, agencyCommitments);
        columns.addClassName("two-columns");
        return new PosterSection("forpliktelser", sectionTitle("commitments"),
                guidance("commitments"), columns);
    }

    private Component reflectionSection() {
        var questions = new FormLayout();
        questions.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (var question : document.template().reflectionQuestions()) {
            var answer = new TextArea(question.text(getLocale()));
            answer.setWidthFull();
            binder.bindText(answer, document.reflection(question.key()));
            questions.add(answer);
        }
        var section = new PosterSection("refleksjon", sectionTitle("reflection"),
                guidance("reflection"), questions);
        section.addClassName("reflection");
        return section;
    }
}
