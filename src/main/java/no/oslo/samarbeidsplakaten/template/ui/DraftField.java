package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.select.Select;
import java.util.Objects;
import java.util.function.Consumer;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import no.oslo.samarbeidsplakaten.template.service.TemplateFieldConflict;
import org.jspecify.annotations.Nullable;

/**
 * One field of the template draft, saved when its value reaches the server (after a pause in typing or on leaving
 * it). It keeps the value it last saved, so a save based on an old value is refused by the service rather than
 * overwriting another administrator's text; and it never replaces text the user has not saved.
 */
final class DraftField {

    enum State {
        SAVED, UNSAVED, CONFLICT
    }

    private final String path;
    private final AbstractField<?, String> field;
    private final TemplateDrafts drafts;
    private final Consumer<DraftField> changed;
    private final Consumer<TemplateFieldConflict> onConflict;
    private String saved;
    private State state = State.SAVED;
    private boolean focused;
    private boolean settingFromServer;

    DraftField(String path, AbstractField<?, String> field, String saved, TemplateDrafts drafts,
            Consumer<DraftField> changed, Consumer<TemplateFieldConflict> onConflict) {
        this.path = path;
        this.field = field;
        this.saved = saved;
        this.drafts = drafts;
        this.changed = changed;
        this.onConflict = onConflict;
        put(saved);
        field.getElement().setAttribute("data-path", path);
        field.addValueChangeListener(e -> {
            if (!settingFromServer) {
                save();
            }
        });
        if (field instanceof Focusable<?> focusable) {
            focusable.addFocusListener(e -> focused = true);
            focusable.addBlurListener(e -> focused = false);
        }
    }

    String path() {
        return path;
    }

    Component component() {
        return field;
    }

    State state() {
        return state;
    }

    String value() {
        return Objects.requireNonNullElse(field.getValue(), "");
    }

    /** Saves what the field holds; on a conflict, asks (through the editor) which text to keep. */
    void save() {
        saveOver(saved);
    }

    /** Saves what the field holds over {@code expected}, the value it replaces. */
    void saveOver(String expected) {
        String value = value();
        if (value.equals(saved) && expected.equals(saved)) {
            mark(State.SAVED, null);
            return;
        }
        try {
            // What the server keeps may be tidied ("a,b" is stored as "a, b"): that is what the next save replaces.
            saved = drafts.change(path, expected, value).value(path);
            mark(State.SAVED, null);
        } catch (TemplateFieldConflict conflict) {
            mark(State.CONFLICT, null);
            onConflict.accept(conflict);
        } catch (DomainException refused) {
            mark(State.UNSAVED, field.getTranslation(refused.getMessageKey(), refused.getArguments()));
        } catch (RuntimeException failed) {
            mark(State.UNSAVED, field.getTranslation("template.editor.saveFailed"));
        }
    }

    /** The value this field last had from the server: what a save of it replaces. */
    String saved() {
        return saved;
    }

    /**
     * Puts back text the user had not saved when the editor was built again, still unsaved and still replacing what
     * it replaced before: if somebody else saved the field meanwhile, its next save asks.
     */
    void restoreUnsaved(String value, String replaces) {
        saved = replaces;
        show(value);
        mark(State.UNSAVED, field.getTranslation("template.editor.unsavedHint"));
    }

    /** Takes the other administrator's text instead of one's own. */
    void takeTheirs(String theirs) {
        saved = theirs;
        show(theirs);
        mark(State.SAVED, null);
    }

    /** The conflict dialog was closed without a choice: the user's text stays, not saved. */
    void leftUnsaved() {
        mark(State.UNSAVED, field.getTranslation("template.editor.unsavedHint"));
    }

    /**
     * Another administrator saved this field. Shown at once unless the user is in the field or holds unsaved text:
     * then their next save meets the other value and asks.
     */
    void savedElsewhere(String value) {
        if (value.equals(value())) {
            saved = value;
            mark(State.SAVED, null);
        } else if (state == State.SAVED && !focused) {
            saved = value;
            show(value);
        }
    }

    private void show(String value) {
        settingFromServer = true;
        try {
            put(value);
        } finally {
            settingFromServer = false;
        }
    }

    /** Puts a value in the field; a choice that is empty is no choice. */
    void put(String value) {
        field.setValue(value.isEmpty() && field instanceof Select ? null : value);
    }

    private void mark(State newState, @Nullable String message) {
        state = newState;
        field.getElement().setAttribute("data-state", newState.name().toLowerCase());
        if (field instanceof HasValidation validation) {
            validation.setInvalid(message != null);
            validation.setErrorMessage(message);
        }
        changed.accept(this);
    }
}
