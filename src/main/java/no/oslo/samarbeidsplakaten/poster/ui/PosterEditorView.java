package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Consumer;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.organisation.domain.RoleTitle;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterService;
import org.springframework.dao.OptimisticLockingFailureException;

/** The poster editor: reads like the poster, every part editable in place, every change saved as it is made. */
@Route("plakat/:posterId(\\d+)")
@PermitAll
public class PosterEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PosterService posterService;
    private final OrganisationService organisationService;
    private final SaveStatus saveStatus = new SaveStatus();
    private final Div meetingsContent = new Div();
    private final Div commitmentsContent = new Div();
    private PosterDocument document;
    private AutosaveBinder binder;
    private PosterLabels labels;
    private List<String> roleCatalogue;

    public PosterEditorView(PosterService posterService, OrganisationService organisationService) {
        this.posterService = posterService;
        this.organisationService = organisationService;
        addClassName("poster-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long posterId = event.getRouteParameters().getLong("posterId").orElseThrow();
        try {
            document = posterService.load(posterId);
        } catch (NotFoundException e) {
            event.rerouteToError(e, "");
            return;
        }
        binder = new AutosaveBinder(posterService, posterId, saveStatus);
        labels = new PosterLabels(this, organisationService.roleLabels(getLocale()));
        roleCatalogue = organisationService.roleCatalogue().stream().map(RoleTitle::getKey).toList();
        render();
    }

    @Override
    public String getPageTitle() {
        return document == null ? getTranslation("app.name")
                : getTranslation("editor.pageTitle", document.summary().departmentName(),
                        document.summary().agencyName());
    }

    private void render() {
        removeAll();
        String path = "plakat/" + document.id();
        var viewLink = new Anchor(path + "/visning", getTranslation("editor.showPoster"));
        viewLink.addClassName("view-link");
        var toolbar = new Div(saveStatus, new SectionNav(path), viewLink);
        toolbar.addClassName("editor-toolbar");

        var sheet = new Div(
                new PosterTitle(document, labels),
                purposeSection(),
                documentsSection(),
                meetingsSection(),
                new PosterSection("styringssignaler", getTranslation("section.signals"),
                        getTranslation("section.signals.intro"), textArea(SectionField.SIGNALS)),
                commitmentsSection(),
                reflectionSection());
        sheet.addClassName("poster-sheet");
        add(toolbar, sheet);
        saveStatus.watchTypingIn(sheet);
    }

    private Component purposeSection() {
        return new PosterSection("formal", getTranslation("section.purpose"), null,
                textArea(SectionField.PURPOSE), textArea(SectionField.PRINCIPLES));
    }

    private Component documentsSection() {
        var allocation = new Div(new H3(getTranslation("documents.allocation")),
                textArea(SectionField.ALLOCATION_TIMING), textArea(SectionField.ALLOCATION_INVOLVEMENT),
                textArea(SectionField.ALLOCATION_REPORTING));
        var assignment = new Div(new H3(getTranslation("documents.assignment")),
                textArea(SectionField.ASSIGNMENT_TIMING), textArea(SectionField.ASSIGNMENT_INVOLVEMENT),
                textArea(SectionField.ASSIGNMENT_REPORTING));
        allocation.addClassName("document-card");
        assignment.addClassName("document-card");
        var columns = new Div(allocation, assignment);
        columns.addClassName("two-columns");
        return new PosterSection("styringsdokumenter", getTranslation("section.documents"), null, columns);
    }

    private TextArea textArea(SectionField field) {
        var area = new TextArea(getTranslation("field." + field.key()));
        area.setWidthFull();
        binder.bindText(area, document.section(field));
        return area;
    }

    private Component meetingsSection() {
        showMeetings();
        var add = new Button(getTranslation("meeting.add"), VaadinIcon.PLUS.create(),
                e -> new AddMeetingDialog(this::addMeeting).open());
        add.addClassName("add-meeting");
        return new PosterSection("motene", getTranslation("section.meetings"),
                getTranslation("section.meetings.intro"), meetingsContent, add);
    }

    private void showMeetings() {
        meetingsContent.removeAll();
        for (Formality formality : Formality.values()) {
            List<Row> group = document.meetings().stream()
                    .filter(m -> formality.name().equals(m.cell(MeetingField.FORMALITY).value()))
                    .toList();
            var heading = new H3(getTranslation("meetings.group." + formality.name()));
            var groupBox = new Div(heading);
            groupBox.addClassName("meeting-group");
            if (group.isEmpty()) {
                groupBox.add(new Paragraph(getTranslation("meetings.none")));
            }
            for (int i = 0; i < group.size(); i++) {
                groupBox.add(new MeetingCard(group.get(i), i == 0, i == group.size() - 1, binder, labels,
                        roleCatalogue, meetingActions));
            }
            meetingsContent.add(groupBox);
        }
    }

    private final MeetingCard.Actions meetingActions = new MeetingCard.Actions() {
        @Override
        public void move(Row meeting, int direction) {
            structural(() -> posterService.moveRow(document.id(), meeting.id(), direction));
        }

        @Override
        public void remove(Row meeting, String name) {
            var confirm = new ConfirmDialog(getTranslation("meeting.remove.title"),
                    getTranslation("meeting.remove.text", name), getTranslation("meeting.remove.confirm"),
                    e -> structural(() -> posterService.removeRow(document.id(), meeting.id())));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        }
    };

    private void addMeeting(String name, Formality formality) {
        posterService.addMeeting(document.id(), name, formality);
        reload();
    }

    private Component commitmentsSection() {
        showCommitments();
        return new PosterSection("forpliktelser", getTranslation("section.commitments"),
                getTranslation("section.commitments.intro"), commitmentsContent);
    }

    private void showCommitments() {
        commitmentsContent.removeAll();
        commitmentsContent.addClassName("two-columns");
        commitmentsContent.add(
                new CommitmentList(RowList.DEPARTMENT_COMMITMENTS, getTranslation("commitments.department"),
                        document.departmentCommitments(), binder, labels, commitmentActions),
                new CommitmentList(RowList.AGENCY_COMMITMENTS, getTranslation("commitments.agency"),
                        document.agencyCommitments(), binder, labels, commitmentActions));
    }

    private final CommitmentList.Actions commitmentActions = new CommitmentList.Actions() {
        @Override
        public void add(RowList side, String text, Consumer<String> refused) {
            try {
                posterService.addCommitment(document.id(), side, text);
                reload();
            } catch (DomainException e) {
                refused.accept(getTranslation(e.getMessageKey(), e.getArguments()));
            }
        }

        @Override
        public void move(Row row, int direction) {
            structural(() -> posterService.moveRow(document.id(), row.id(), direction));
        }

        @Override
        public void remove(Row row) {
            structural(() -> posterService.removeRow(document.id(), row.id()));
        }
    };

    private Component reflectionSection() {
        var questions = new FormLayout();
        questions.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        for (var question : document.template().reflectionQuestions()) {
            var answer = new TextArea(question.text(getLocale()));
            answer.setWidthFull();
            binder.bindText(answer, document.reflection(question.key()));
            questions.add(answer);
        }
        var section = new PosterSection("refleksjon", getTranslation("section.reflection"),
                getTranslation("section.reflection.intro"), questions);
        section.addClassName("reflection");
        return section;
    }

    /** Runs a change to the poster's structure, then shows the poster as it now is. */
    private void structural(Runnable change) {
        try {
            change.run();
        } catch (OptimisticLockingFailureException e) {
            var note = Notification.show(getTranslation("editor.structureConflict"), 5000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (NotFoundException e) {
            Notification.show(getTranslation("editor.rowGone"), 5000, Notification.Position.MIDDLE);
        }
        reload();
    }

    private void reload() {
        document = posterService.load(document.id());
        showMeetings();
        showCommitments();
        saveStatus.saved();
    }
}
