package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.service.CellConflictException;
import no.oslo.samarbeidsplakaten.poster.service.CellWrite;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Cell;
import no.oslo.samarbeidsplakaten.poster.service.PosterService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a field's value to its cell as soon as the user changes it. Text is saved after a short pause in typing and
 * when the field loses focus; choices are saved at once. A value the domain refuses stays on screen, marked with the
 * reason, and the saved value is untouched. A value somebody else saved meanwhile is never overwritten blindly.
 */
class AutosaveBinder {

    static final int TYPING_PAUSE_MS = 700;
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveBinder.class);

    private final PosterService posterService;
    private final long posterId;
    private final SaveStatus status;

    AutosaveBinder(PosterService posterService, long posterId, SaveStatus status) {
        this.posterService = posterService;
        this.posterId = posterId;
        this.status = status;
    }

    void bindText(TextArea field, Cell cell) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        // A listener makes the browser send the pending text at once when the user leaves the field.
        field.addBlurListener(e -> { });
        bind(field, cell, Function.identity(), Function.identity());
    }

    void bindText(TextField field, Cell cell) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field.addBlurListener(e -> { });
        bind(field, cell, Function.identity(), Function.identity());
    }

    void bindString(HasValue<?, String> field, Cell cell) {
        bind(field, cell, Function.identity(), v -> v == null ? "" : v);
    }

    /**
     * @param decode turns the stored value into the field's value
     * @param encode turns the field's value into the value to store
     */
    <T> void bind(HasValue<?, T> field, Cell cell, Function<String, T> decode, Function<T, String> encode) {
        var state = new CellState(cell.id(), cell.revision());
        state.show(field, decode.apply(cell.value()));
        field.addValueChangeListener(event -> {
            if (!state.showing) {
                save(field, state, encode.apply(event.getValue()), decode);
            }
        });
    }

    private <T> void save(HasValue<?, T> field, CellState state, String value, Function<String, T> decode) {
        try {
            CellWrite write = posterService.updateCell(posterId, state.cellId, state.revision, value);
            state.revision = write.revision();
            markValid(field);
            status.saved();
        } catch (CellConflictException conflict) {
            status.failed(((Component) field).getTranslation("save.conflictShort"));
            new ConflictDialog(conflict, value, resolution -> {
                state.revision = conflict.getCurrent().revision();
                state.show(field, decode.apply(resolution));
                if (!resolution.equals(conflict.getCurrent().value())) {
                    save(field, state, resolution, decode);
                } else {
                    markValid(field);
                    status.saved();
                }
            }).open();
        } catch (DomainException refused) {
            String message = ((Component) field).getTranslation(refused.getMessageKey(), refused.getArguments());
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            }
            status.failed(message);
        } catch (RuntimeException e) {
            LOG.error("Saving cell {} of poster {} failed", state.cellId, posterId, e);
            status.failed(((Component) field).getTranslation("save.error"));
        }
    }

    private static void markValid(HasValue<?, ?> field) {
        if (field instanceof HasValidation validated && validated.isInvalid()) {
            validated.setInvalid(false);
        }
    }

    /** The cell a field writes to, and the revision its value was read at. */
    private static final class CellState {
        private final long cellId;
        private long revision;
        /** True while the binder itself puts a value into the field, which must not be saved back. */
        private boolean showing;

        CellState(long cellId, long revision) {
            this.cellId = cellId;
            this.revision = revision;
        }

        <T> void show(HasValue<?, T> field, T value) {
            showing = true;
            try {
                field.setValue(value);
            } finally {
                showing = false;
            }
        }
    }
}
