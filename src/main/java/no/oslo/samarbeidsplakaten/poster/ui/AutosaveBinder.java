package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.service.CellConflictException;
import no.oslo.samarbeidsplakaten.poster.service.CellWrite;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Cell;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties each field of the editor to its cell. A change is saved as soon as the user makes it: text after a short pause
 * in typing and when the field loses focus, choices at once. A value the domain refuses stays on screen, marked with
 * the reason, and the saved value is untouched. A value somebody else saved meanwhile is never overwritten blindly:
 * the user chooses. Changes others commit show up in the field, unless the user is in it right then; they see those
 * when they leave the field, or in the conflict dialog if they changed it too.
 */
class AutosaveBinder {

    static final int TYPING_PAUSE_MS = 700;
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveBinder.class);

    private final PosterService posterService;
    private final long posterId;
    private final SaveStatus status;
    private final Consumer<Long> onEditing;
    private final Map<Long, Binding<?>> bindings = new HashMap<>();
    private final Set<Long> markedEditing = new HashSet<>();
    private Long lastFocusedCell;

    /** @param onEditing told the cell the user now edits, or null when they leave it */
    AutosaveBinder(PosterService posterService, long posterId, SaveStatus status, Consumer<Long> onEditing) {
        this.posterService = posterService;
        this.posterId = posterId;
        this.status = status;
        this.onEditing = onEditing;
    }

    void bindText(TextArea field, Cell cell) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        bind(field, cell, Function.identity(), Function.identity());
    }

    void bindText(TextField field, Cell cell) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
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
        var binding = new Binding<>(field, cell.id(), cell.revision(), decode, encode);
        binding.show(decode.apply(cell.value()));
        bindings.put(cell.id(), binding);
        field.addValueChangeListener(event -> {
            if (!binding.showing) {
                save(binding, encode.apply(event.getValue()));
            }
        });
        if (field instanceof Focusable<?> focusable) {
            // The focus listeners also make the browser send pending text at once when the user leaves the field.
            focusable.addFocusListener(e -> {
                binding.focused = true;
                lastFocusedCell = binding.cellId;
                onEditing.accept(binding.cellId);
            });
            focusable.addBlurListener(e -> {
                binding.focused = false;
                binding.applyDeferred();
                onEditing.accept(null);
            });
        }
        ((Component) field).addDetachListener(e -> {
            if (bindings.get(binding.cellId) == binding) {
                bindings.remove(binding.cellId);
            }
        });
    }

    /** Shows a change somebody else committed. */
    void applyRemote(CellChanged change) {
        var binding = bindings.get(change.cellId());
        if (binding != null) {
            binding.remote(change.value(), change.revision());
        }
    }

    /** The cell of the field the user was last in, to flag it. */
    Optional<Long> lastFocusedCell() {
        return Optional.ofNullable(lastFocusedCell).filter(bindings::containsKey);
    }

    /** The label of a bound field, as the user sees it. */
    String labelOf(long cellId) {
        var binding = bindings.get(cellId);
        if (binding == null) {
            return "";
        }
        var component = (Component) binding.field;
        if (component instanceof HasLabel labelled && labelled.getLabel() != null) {
            return labelled.getLabel();
        }
        return component.getElement().getAttribute("aria-label");
    }

    void focus(long cellId) {
        var binding = bindings.get(cellId);
        if (binding != null && binding.field instanceof Focusable<?> focusable) {
            ((Component) binding.field).scrollIntoView();
            focusable.focus();
        }
    }

    /** Outlines the fields others are in, in each person's colour, with their name. */
    void showEditors(Map<Long, String[]> editorsByCell) {
        for (Long cellId : Set.copyOf(markedEditing)) {
            if (!editorsByCell.containsKey(cellId)) {
                var binding = bindings.get(cellId);
                if (binding != null) {
                    var element = ((Component) binding.field).getElement();
                    element.removeAttribute("data-editing-by");
                    element.getStyle().remove("--editor-colour");
                }
                markedEditing.remove(cellId);
            }
        }
        editorsByCell.forEach((cellId, nameAndColour) -> {
            var binding = bindings.get(cellId);
            if (binding != null) {
                var element = ((Component) binding.field).getElement();
                element.setAttribute("data-editing-by", nameAndColour[0]);
                element.getStyle().set("--editor-colour", nameAndColour[1]);
                markedEditing.add(cellId);
            }
        });
    }

    /** Marks the fields with an open question. */
    void showFlags(Set<Long> flaggedCells) {
        bindings.forEach((cellId, binding) -> {
            var element = ((Component) binding.field).getElement();
            if (flaggedCells.contains(cellId)) {
                element.setAttribute("data-flagged", "");
            } else {
                element.removeAttribute("data-flagged");
            }
        });
    }

    private <T> void save(Binding<T> binding, String value) {
        binding.deferred = null;
        var field = binding.field;
        try {
            CellWrite write = posterService.updateCell(posterId, binding.cellId, binding.revision, value);
            binding.revision = write.revision();
            markValid(field);
            status.saved();
        } catch (CellConflictException conflict) {
            status.failed(((Component) field).getTranslation("save.conflictShort"));
            new ConflictDialog(conflict, value, resolution -> {
                binding.revision = conflict.getCurrent().revision();
                binding.show(binding.decode.apply(resolution));
                if (!resolution.equals(conflict.getCurrent().value())) {
                    save(binding, resolution);
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
            LOG.error("Saving cell {} of poster {} failed", binding.cellId, posterId, e);
            status.failed(((Component) field).getTranslation("save.error"));
        }
    }

    private static void markValid(HasValue<?, ?> field) {
        if (field instanceof HasValidation validated && validated.isInvalid()) {
            validated.setInvalid(false);
        }
    }

    /** A field, the cell it writes to, and the revision its value was read at. */
    private static final class Binding<T> {
        private final HasValue<?, T> field;
        private final long cellId;
        private final Function<String, T> decode;
        private final Function<T, String> encode;
        private long revision;
        private boolean focused;
        /** True while the binder itself puts a value into the field, which must not be saved back. */
        private boolean showing;
        /** A remote change that arrived while the user was in the field: shown when they leave it. */
        private RemoteValue deferred;

        Binding(HasValue<?, T> field, long cellId, long revision, Function<String, T> decode,
                Function<T, String> encode) {
            this.field = field;
            this.cellId = cellId;
            this.revision = revision;
            this.decode = decode;
            this.encode = encode;
        }

        void show(T value) {
            showing = true;
            try {
                field.setValue(value);
            } finally {
                showing = false;
            }
        }

        void remote(String value, long newRevision) {
            if (newRevision <= revision) {
                return;
            }
            boolean refusedTextOnScreen = field instanceof HasValidation validated && validated.isInvalid();
            if ((focused || refusedTextOnScreen) && !value.equals(encode.apply(field.getValue()))) {
                deferred = new RemoteValue(value, newRevision);
                return;
            }
            revision = newRevision;
            show(decode.apply(value));
            markValid(field);
        }

        void applyDeferred() {
            if (deferred != null) {
                RemoteValue change = deferred;
                deferred = null;
                remote(change.value(), change.revision());
            }
        }
    }

    private record RemoteValue(String value, long revision) {
    }
}
