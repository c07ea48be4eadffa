package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.base.ui.Announcer;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.domain.PracticeRule;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts.Draft;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts.Part;
import no.oslo.samarbeidsplakaten.template.service.TemplateEvents;
import no.oslo.samarbeidsplakaten.template.service.TemplateFieldConflict;
import org.jspecify.annotations.Nullable;

/**
 * The mayor's office writes the next template version: the sections' titles and guidance, the default texts, the
 * standard meeting types, the role catalogue, the reflection questions, the common rules and the default
 * commitments. Every field is saved as it is typed, and what another administrator saves shows here at once.
 */
@Route("maler")
@Menu(title = "nav.templates", order = 1.7)
@RolesAllowed("ADMIN")
public class TemplateEditorView extends Main implements HasDynamicTitle {

    /** Meeting attributes that are free text, so the template's default can be written here. */
    private static final List<String> MEETING_TEXTS = List.of("purpose", "frequency.note", "agenda",
            "documentation.note", "publicity.note", "archive.note", "steeringSignals");

    /** Meeting attributes that name roles from the catalogue. */
    private static final List<String> MEETING_ROLES = List.of("chair", "departmentParticipants", "agencyParticipants");

    private final TemplateDrafts drafts;
    private final LiveBroadcaster broadcaster;
    private final Map<String, DraftField> fields = new LinkedHashMap<>();
    private final Span saveState = new Span();
    private final Paragraph lead = new Paragraph();
    private final Div body = new Div();
    private final Button publish = new Button();
    private @Nullable Registration subscription;
    private @Nullable TemplateConflictDialog conflictDialog;
    private Draft draft;
    private java.util.function.Function<String, String> values;

    public TemplateEditorView(TemplateDrafts drafts, LiveBroadcaster broadcaster) {
        this.drafts = drafts;
        this.broadcaster = broadcaster;
        addClassName("template-editor");
        saveState.addClassName("save-status");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> new PublishDialog(drafts, this::published).open());
        var versions = new Anchor("maler/versjoner", getTranslation("template.editor.versions"));
        var importFile = new Button(getTranslation("template.import.open"), VaadinIcon.UPLOAD.create(),
                e -> new ImportTemplateDialog(drafts, () -> render(drafts.draft())).open());
        var toolbar = new Div(saveState, publish, importFile, versions);
        toolbar.addClassName("template-toolbar");
        body.addClassName("template-body");
        add(new H1(getTranslation("template.editor.title")), lead, toolbar, body);
        draft = drafts.draft();
        values = draft.reader();
        render(draft);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        subscription = broadcaster.subscribe(ui, TemplateEvents.DRAFT_CHANNEL, this::onLive);
    }

    /** What another administrator did to the draft; package-visible so view tests can play them. */
    void onLive(LiveEvent live) {
        switch (live) {
            case TemplateEvents.FieldChanged change -> {
                var field = fields.get(change.path());
                if (field != null) {
                    field.savedElsewhere(change.value());
                }
            }
            case TemplateEvents.DraftRebuilt rebuilt -> {
                if (rebuilt.revision() != draft.revision()) {
                    render(drafts.draft());
                }
            }
            case TemplateEvents.Published published -> {
                if (published.version() != draft.basedOn()) {
                    render(drafts.draft());
                    Announcer.announce(this, getTranslation("template.editor.publishedBy", published.version(),
                            published.author()));
                }
            }
            default -> { }
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void published(int version) {
        render(drafts.draft());
        Announcer.announce(this, getTranslation("template.publish.done", version));
    }

    /** Shows the draft; text the user had not saved is put back into its field, still unsaved. */
    private void render(Draft next) {
        Map<String, DraftField> unsaved = new LinkedHashMap<>();
        fields.values().stream().filter(f -> f.state() != DraftField.State.SAVED)
                .forEach(f -> unsaved.put(f.path(), f));
        if (conflictDialog != null) {
            // Its field is about to be replaced; the text stays in the new one, unsaved, and asks again on saving.
            conflictDialog.close();
            conflictDialog = null;
        }
        draft = next;
        fields.clear();
        body.removeAll();
        values = next.reader();
        var template = next.template();
        lead.setText(getTranslation("template.editor.lead", next.nextVersion(), next.basedOn(), next.changedBy(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                        .format(next.changedAt().atZone(OsloTime.ZONE))));
        publish.setText(getTranslation("template.publish.open", next.nextVersion()));
        body.add(general(), sections(template), meetings(template), roles(template), questions(template),
                rules(template), commitments(template));
        unsaved.forEach((path, old) -> {
            var field = fields.get(path);
            if (field != null) {
                field.restoreUnsaved(old.value(), old.saved());
            }
        });
        updateSaveState(null);
    }

    private Component general() {
        var name = (TextField) text("name", "template.field.name", false);
        name.setMaxLength(TemplateDrafts.MAX_NAME);
        return group("general", name);
    }

    private Component sections(PosterTemplate template) {
        var group = group("sections");
        for (var section : template.sections()) {
            String at = "sections/" + section.key();
            var card = card(section.title().nb(),
                    text(at + "/title/nb", "template.field.title.nb", false),
                    text(at + "/title/en", "template.field.title.en", false),
                    text(at + "/guidance/nb", "template.field.guidance.nb", true),
                    text(at + "/guidance/en", "template.field.guidance.en", true));
            template.cells().keySet().stream().filter(key -> key.startsWith(section.key() + "."))
                    .filter(key -> !key.endsWith(".months"))
                    .forEach(key -> card.add(text("cells/" + key, "field." + key, true)));
            // Offered also where a draft from before the months has none: saving one adds it.
            TemplateDrafts.DOCUMENT_MONTHS.stream().filter(key -> key.startsWith(section.key() + "."))
                    .forEach(key -> card.add(months("cells/" + key, "field." + key)));
            group.add(card);
        }
        return group;
    }

    private Component meetings(PosterTemplate template) {
        var group = group("meetings");
        for (var meeting : template.meetings()) {
            String at = "meetings/" + meeting.key();
            var card = card(meeting.name().isBlank() ? getTranslation("template.meetings.new") : meeting.name(),
                    text(at + "/cells/name", "template.field.meetingName", false),
                    select(at + "/cells/formality", "meeting.field.formality", List.of("FORMAL", "INFORMAL"),
                            false, value -> getTranslation("choice.Formality." + value)),
                    text(at + "/definition/nb", "template.field.definition.nb", true),
                    text(at + "/definition/en", "template.field.definition.en", true));
            for (String field : MEETING_ROLES) {
                var roles = new RolesChoice(getTranslation("meeting.field." + field), template.roles(), getLocale());
                register(at + "/cells/" + field, roles);
                card.add(roles);
            }
            card.add(months(at + "/cells/months", "meeting.field.months"));
            MEETING_TEXTS.stream().filter(meeting.cells()::containsKey)
                    .forEach(field -> card.add(text(at + "/cells/" + field, "meeting.field." + field, true)));
            card.add(removeButton(at, "template.meetings.remove", meeting.name()));
            group.add(card);
        }
        group.add(addButton(Part.MEETING_TYPE, "template.meetings.add"));
        return group;
    }

    private Component roles(PosterTemplate template) {
        var group = group("roles");
        for (String side : List.of("POLITICAL", "DEPARTMENT", "AGENCY")) {
            var list = new Div(new H3(getTranslation("template.roles.side." + side)));
            list.addClassName("template-roles");
            for (var role : template.roles()) {
                if (role.side().equals(side)) {
                    String at = "roles/" + role.key();
                    var nb = (TextField) text(at + "/nb", "template.field.label.nb", false);
                    var en = (TextField) text(at + "/en", "template.field.label.en", false);
                    nb.setMaxLength(TemplateDrafts.MAX_ROLE);
                    en.setMaxLength(TemplateDrafts.MAX_ROLE);
                    var row = new Div(nb, en,
                            removeButton(at, "template.roles.remove", role.nb()));
                    row.addClassName("template-item");
                    list.add(row);
                }
            }
            list.add(addButton(Part.valueOf("ROLE_" + side), "template.roles.add." + side));
            group.add(list);
        }
        return group;
    }

    private Component questions(PosterTemplate template) {
        var group = group("questions");
        int number = 1;
        for (var question : template.reflectionQuestions()) {
            String at = "reflectionQuestions/" + question.key();
            String name = getTranslation("template.questions.number", number++);
            group.add(card(name, text(at + "/nb", "template.field.question.nb", true),
                    text(at + "/en", "template.field.question.en", true),
                    removeButton(at, "template.questions.remove", name)));
        }
        group.add(addButton(Part.QUESTION, "template.questions.add"));
        return group;
    }

    private Component rules(PosterTemplate template) {
        var group = group("rules");
        var types = template.meetings().stream().map(PosterTemplate.TemplateMeeting::key).toList();
        var names = new LinkedHashMap<String, String>();
        template.meetings().forEach(m -> names.put(m.key(), m.name()));
        var attributes = template.meetings().isEmpty() ? List.<String>of()
                : List.copyOf(template.meetings().getFirst().cells().keySet());
        int number = 1;
        for (PracticeRule rule : template.rules()) {
            String at = "rules/" + rule.key();
            String name = getTranslation("template.rules.number", number++);
            // Created in the order they are shown, so a new rule's first field is its text
            var ruleNb = text(at + "/nb", "template.field.rule.nb", true);
            var ruleEn = text(at + "/en", "template.field.rule.en", true);
            var type = select(at + "/meetingType", "template.field.rule.meetingType", types, true,
                    key -> names.getOrDefault(key, key));
            type.setHelperText(getTranslation("template.field.rule.meetingType.help"));
            var formality = select(at + "/formality", "template.field.rule.formality", List.of("FORMAL", "INFORMAL"),
                    true, value -> getTranslation("choice.Formality." + value));
            var check = select(at + "/check", "template.field.rule.check",
                    List.of("AT_MOST_PER_YEAR", "ONE_OF", "NOT_BLANK"), false,
                    value -> getTranslation("template.rules.check." + value));
            var fieldsText = text(at + "/fields", "template.field.rule.fields", false);
            ((TextField) fieldsText).setHelperText(getTranslation("template.field.rule.fields.help",
                    String.join(", ", attributes)));
            var values = text(at + "/values", "template.field.rule.values", false);
            ((TextField) values).setHelperText(getTranslation("template.field.rule.values.help"));
            var limit = text(at + "/limit", "template.field.rule.limit", false);
            group.add(card(name, ruleNb, ruleEn, type, formality, check, fieldsText, values,
                    limit, removeButton(at, "template.rules.remove", name)));
        }
        group.add(addButton(Part.RULE, "template.rules.add"));
        return group;
    }

    private Component commitments(PosterTemplate template) {
        var group = group("commitments");
        for (String side : List.of("department", "agency")) {
            var texts = side.equals("department") ? template.commitments().department()
                    : template.commitments().agency();
            var list = new Div(new H3(getTranslation("commitments." + side)));
            list.addClassName("template-commitments");
            for (int i = 0; i < texts.size(); i++) {
                String at = "commitments/" + side + "/" + i;
                var row = new Div(text(at, "template.field.commitment", false, i + 1),
                        removeButton(at, "template.commitments.remove", String.valueOf(i + 1)));
                row.addClassName("template-item");
                list.add(row);
            }
            list.add(addButton(side.equals("department") ? Part.COMMITMENT_DEPARTMENT : Part.COMMITMENT_AGENCY,
                    "template.commitments.add." + side));
            group.add(list);
        }
        return group;
    }

    private Section group(String name, Component... content) {
        var section = new Section(new H2(getTranslation("template.group." + name)));
        section.setId("mal-" + name);
        section.addClassName("template-group");
        section.add(content);
        return section;
    }

    private Div card(String title, Component... content) {
        var card = new Div(new H3(title));
        card.addClassName("template-card");
        card.add(content);
        return card;
    }

    private Component text(String path, String labelKey, boolean multiline, Object... labelArguments) {
        AbstractField<?, String> field;
        if (multiline) {
            var area = new TextArea(getTranslation(labelKey, labelArguments));
            area.setWidthFull();
            field = area;
        } else {
            var line = new TextField(getTranslation(labelKey, labelArguments));
            line.setWidthFull();
            field = line;
        }
        if (field instanceof TextArea area) {
            area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            area.setValueChangeTimeout(700);
        } else if (field instanceof TextField line) {
            line.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            line.setValueChangeTimeout(700);
        }
        register(path, field);
        return field;
    }

    /** A choice; an optional one may be left empty ("Ingen"), e.g. a rule about all formal meetings, not a type. */
    private Select<String> select(String path, String labelKey, List<String> values, boolean optional,
            com.vaadin.flow.component.ItemLabelGenerator<String> labels) {
        var select = new Select<String>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(optional);
        select.setEmptySelectionCaption(getTranslation("template.field.none"));
        select.setItemLabelGenerator(value -> value == null || value.isEmpty()
                ? getTranslation("template.field.none") : labels.apply(value));
        register(path, select);
        return select;
    }

    private MonthsChoice months(String path, String labelKey) {
        var months = new MonthsChoice(getTranslation(labelKey));
        register(path, months);
        return months;
    }

    private void register(String path, AbstractField<?, String> field) {
        fields.put(path, new DraftField(path, field, values.apply(path), drafts, this::updateSaveState,
                conflict -> conflict(path, conflict)));
    }

    private Button addButton(Part part, String labelKey) {
        var button = new Button(getTranslation(labelKey), VaadinIcon.PLUS.create(), e -> {
            String path = drafts.add(part);
            render(drafts.draft());
            fields.entrySet().stream().filter(f -> f.getKey().startsWith(path + "/") || f.getKey().equals(path))
                    .findFirst()
                    .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f.getValue().component()).focus());
        });
        button.addClassName("template-add");
        return button;
    }

    private Button removeButton(String itemPath, String labelKey, String name) {
        var button = new Button(getTranslation("template.remove"), VaadinIcon.TRASH.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.getElement().setAttribute("aria-label", getTranslation(labelKey, name));
        button.addClickListener(e -> {
            var usedBy = drafts.usedBy(itemPath);
            var dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation(labelKey, name));
            dialog.setText(usedBy.isEmpty() ? getTranslation("template.remove.confirm")
                    : getTranslation("template.remove.used", usedBy.size(), String.join("; ", usedBy)));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setConfirmText(getTranslation("template.remove"));
            dialog.setConfirmButtonTheme("error primary");
            var shown = fields.get(itemPath);
            dialog.addConfirmListener(c -> {
                try {
                    drafts.remove(itemPath, shown == null ? "" : shown.saved());
                } catch (DomainException gone) {
                    Announcer.announce(this, getTranslation(gone.getMessageKey()));
                    Notification.show(getTranslation(gone.getMessageKey()));
                }
                render(drafts.draft());
            });
            dialog.open();
        });
        return button;
    }

    private void conflict(String path, TemplateFieldConflict conflict) {
        var field = fields.get(path);
        if (field == null) {
            return;
        }
        conflictDialog = new TemplateConflictDialog(field.value(), conflict, () -> field.saveOver(conflict.theirs()),
                () -> field.takeTheirs(conflict.theirs()), field::leftUnsaved);
        conflictDialog.open();
    }

    private void updateSaveState(@Nullable DraftField changed) {
        long unsaved = fields.values().stream().filter(f -> f.state() != DraftField.State.SAVED).count();
        String text = unsaved == 0 ? getTranslation("template.editor.allSaved")
                : getTranslation("template.editor.unsaved", unsaved);
        if (!text.equals(saveState.getText())) {
            saveState.setText(text);
            saveState.getElement().setAttribute("data-state", unsaved == 0 ? "saved" : "failed");
            if (changed != null) {
                Announcer.announce(this, text);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("template.editor.title"));
    }
}
