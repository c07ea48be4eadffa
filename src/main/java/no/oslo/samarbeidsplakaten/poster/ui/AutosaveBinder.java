package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.poster.domain.CommittedCell;
import no.oslo.samarbeidsplakaten.poster.service.CellConflictException;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.CellWrite;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Cell;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.Typing;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ties each field of the editor to its cell, and keeps the promise that "saved" means saved. A change is saved as soon
 * as the user makes it: text after a short pause in typing and when the field loses focus, choices at once. The text a
 * user has not saved is never replaced: a refused or failed save leaves it on screen marked "ikke lagret" with a retry;
 * a change somebody else saved meanwhile is shown when the user leaves the field, or, if they changed it too, they are
 * asked which text should hold. While a user types, the others see the text live as a preview marked as theirs. When
 * the database cannot be reached, the text waits the same way and is saved by itself once the database is back.
 */
class AutosaveBinder {

    static final int TYPING_PAUSE_MS = 700;
    /** How often the browser asks the server to try again while the database cannot be reached. */
    static final int DATABASE_RETRY_MS = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveBinder.class);
    private static final String SCRIPT = readScript();

    private final CellEditing cellEditing;
    private final long posterId;
    private final SaveStatus status;
    private final Map<Long, Binding<?>> bindings = new HashMap<>();
    private Long lastFocusedCell;
    private Component scriptHost;
    private @Nullable Registration databaseRetry;

    AutosaveBinder(CellEditing cellEditing, long posterId, SaveStatus status) {
        this.cellEditing = cellEditing;
        this.posterId = posterId;
        this.status = status;
        status.onRetry(this::retryUnsaved);
    }

    /** Keeps typed text in the browser until it is saved, and shows "saving" there while any is unconfirmed. */
    void watch(Component editor) {
        scriptHost = editor;
        editor.getElement().executeJs(SCRIPT + "\nwindow.samarbeid.watch(this, $0, $1);", posterId,
                status.getElement());
    }

    /**
     * Offers again what this browser kept of unsaved text, e.g. after the server restarted: saved at once if the cell
     * has not changed since, else the user chooses in the conflict dialog.
     *
     * @param reveal makes the field of a cell exist, e.g. by opening its meeting
     */
    void restoreDrafts(LongConsumer reveal) {
        scriptHost.getElement().executeJs("return window.samarbeid.drafts($0)", posterId).then(String.class, json -> {
            int restored = 0;
            for (var draft : JsonMapper.builder().build().readTree(json)) {
                long cellId = draft.get("cell").asLong();
                if (!bindings.containsKey(cellId)) {
                    reveal.accept(cellId);
                }
                var binding = bindings.get(cellId);
                var sentFromHere = new HashSet<String>();
                draft.path("sent").forEach(text -> sentFromHere.add(text.asString()));
                if (binding != null && binding.restore(draft.get("value").asString(),
                        draft.get("revision").asLong(), sentFromHere)) {
                    restored++;
                }
            }
            if (restored > 0) {
                com.vaadin.flow.component.notification.Notification.show(
                        scriptHost.getTranslation("editor.draftRestored"), 6000,
                        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
            }
        });
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
        var binding = new Binding<>(field, cell.id(), decode, encode);
        binding.showSaved(cell.value(), cell.revision());
        bindings.put(cell.id(), binding);
        var element = ((Component) field).getElement();
        element.setAttribute("data-cell", String.valueOf(cell.id()));
        field.addValueChangeListener(event -> {
            if (!binding.showing) {
                binding.save(encode.apply(event.getValue()));
            }
        });
        if (field instanceof Focusable<?> focusable) {
            // The focus listeners also make the browser send pending text at once when the user leaves the field.
            focusable.addFocusListener(e -> {
                binding.focused = true;
                lastFocusedCell = binding.cellId;
            });
            focusable.addBlurListener(e -> {
                binding.focused = false;
                binding.typedText = null;
                binding.applyDeferred();
            });
        }
        // A field that moves (a row reordered) is detached and attached again: it keeps its binding.
        ((Component) field).addDetachListener(e -> {
            if (bindings.get(binding.cellId) == binding) {
                bindings.remove(binding.cellId);
                showStatus();
                if (binding.hasLocalEdits()) {
                    e.getUI().beforeClientResponse(e.getUI(), context -> binding.removedUnderTheUser());
                }
            }
        });
        ((Component) field).addAttachListener(e -> bindings.putIfAbsent(binding.cellId, binding));
    }

    /** Shows a change somebody else committed, unless the user has text of their own in the field. */
    void applyRemote(CellChanged change) {
        var binding = bindings.get(change.cellId());
        if (binding != null) {
            binding.component().getElement().executeJs("window.samarbeid && window.samarbeid.unpreview(this)");
            binding.remote(new CommittedCell(change.cellId(), change.value(), change.revision(), change.changedAt(),
                    change.author()));
        }
    }

    /** What this user's own browser holds in a field, as its typing preview told the others. */
    void typedHere(Typing typing) {
        var binding = bindings.get(typing.cellId());
        if (binding != null && binding.focused) {
            binding.typedText = typing.done() ? null : typing.text();
        }
    }

    /** The cell of the field the user was last in, to flag it. */
    Optional<Long> lastFocusedCell() {
        return Optional.ofNullable(lastFocusedCell).filter(bindings::containsKey);
    }

    /** Text the user has not saved, by cell, with the revision it started from; to offer again after a re-render. */
    Map<Long, Draft> unsavedDrafts() {
        var drafts = new HashMap<Long, Draft>();
        bindings.forEach((cellId, binding) -> {
            if (binding.openDialog != null) {
                // The fields are about to be replaced: the user's side of the question goes with the draft.
                drafts.put(cellId, new Draft(binding.openDialog.mine(), binding.revision));
                binding.openDialog.close();
            } else if (binding.hasLocalEdits()) {
                drafts.put(cellId, new Draft(binding.localText(), binding.revision));
            }
        });
        return drafts;
    }

    /** Puts unsaved text back into the fields of the same cells and saves it, or asks where the cell moved on. */
    void offerAgain(Map<Long, Draft> drafts) {
        drafts.forEach((cellId, draft) -> {
            var binding = bindings.get(cellId);
            if (binding != null) {
                binding.restore(draft.text(), draft.revision(), Set.of());
            }
        });
    }

    record Draft(String text, long revision) {
    }

    /** The cells whose fields hold text that is not saved. */
    Set<Long> unsavedCells() {
        var unsaved = new HashSet<Long>();
        bindings.forEach((cellId, binding) -> {
            if (binding.unsaved) {
                unsaved.add(cellId);
            }
        });
        return unsaved;
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
        String ariaLabel = component.getElement().getAttribute("aria-label");
        return ariaLabel == null ? "" : ariaLabel;
    }

    void focus(long cellId) {
        var binding = bindings.get(cellId);
        if (binding != null && binding.field instanceof Focusable<?> focusable) {
            ((Component) binding.field).scrollIntoView();
            focusable.focus();
        }
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

    /** Tries again to save every field whose text is not saved. */
    void retryUnsaved() {
        List.copyOf(bindings.values()).stream().filter(b -> b.unsaved).forEach(Binding::retry);
    }

    /**
     * While some text waits for the database, the browser polls; each poll tries one waiting field first, so a
     * database that is still away costs one attempt, and the rest once it has answered.
     */
    private void retryWhenTheDatabaseIsBack(Component anyField) {
        if (databaseRetry != null) {
            return;
        }
        anyField.getUI().ifPresent(ui -> {
            ui.setPollInterval(DATABASE_RETRY_MS);
            databaseRetry = ui.addPollListener(poll -> {
                var waiting = bindings.values().stream().filter(b -> b.waitingForDatabase).toList();
                if (!waiting.isEmpty()) {
                    waiting.getFirst().retry();
                    if (!waiting.getFirst().waitingForDatabase) {
                        waiting.stream().skip(1).forEach(Binding::retry);
                    }
                }
                if (bindings.values().stream().noneMatch(b -> b.waitingForDatabase) && databaseRetry != null) {
                    ui.setPollInterval(-1);
                    databaseRetry.remove();
                    databaseRetry = null;
                }
            });
        });
    }

    private void showStatus() {
        status.show(unsavedCells().size());
    }

    private void js(String call, Object... arguments) {
        if (scriptHost != null) {
            scriptHost.getElement().executeJs("window.samarbeid && window.samarbeid." + call, arguments);
        }
    }

    private static String readScript() {
        try (var in = AutosaveBinder.class.getResourceAsStream("live-fields.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("live-fields.js is missing", e);
        }
    }

    /** A field, the cell it writes to, the committed value it started from, and whether its text is saved. */
    private final class Binding<T> {
        private final HasValue<?, T> field;
        private final long cellId;
        private final Function<String, T> decode;
        private final Function<T, String> encode;
        /** The committed value and revision the text on screen starts from. */
        private String savedValue;
        private long revision;
        private boolean focused;
        /** True while the binder itself puts a value into the field, which must not be saved back. */
        private boolean showing;
        /** The field holds text that is not saved: refused, failed, or left in an open question with a peer. */
        private boolean unsaved;
        /** The last save failed because the database could not be reached: it is tried again by itself. */
        private boolean waitingForDatabase;
        /** The text in the browser as the last preview reported it; ahead of the field's synced value. */
        private String typedText;
        /** A remote change that arrived while the user was in the field: shown or asked about when they leave it. */
        private CommittedCell deferred;
        private ConflictDialog openDialog;

        Binding(HasValue<?, T> field, long cellId, Function<String, T> decode, Function<T, String> encode) {
            this.field = field;
            this.cellId = cellId;
            this.decode = decode;
            this.encode = encode;
        }

        private Component component() {
            return (Component) field;
        }

        private String localText() {
            return typedText != null ? typedText : encode.apply(field.getValue());
        }

        private boolean hasLocalEdits() {
            return unsaved || !localText().equals(savedValue);
        }

        void showSaved(String value, long newRevision) {
            savedValue = value;
            revision = newRevision;
            component().getElement().setAttribute("data-revision", String.valueOf(newRevision));
            show(decode.apply(value));
        }

        private void show(T value) {
            showing = true;
            try {
                field.setValue(value);
            } finally {
                showing = false;
            }
            typedText = null;
        }


        void save(String value) {
            typedText = null;
            if (openDialog != null) {
                // The user is choosing between texts already: what they typed meanwhile goes into their side, and a
                // change committed meanwhile stays noted for when they have chosen.
                openDialog.updateMine(value);
                return;
            }
            // Whatever was committed meanwhile, this save against the revision the user started from finds out.
            deferred = null;
            // Only a database that is away again makes this field wait for the next automatic try.
            waitingForDatabase = false;
            try {
                CellWrite write = cellEditing.updateCell(posterId, cellId, revision, value);
                savedValue = write.value();
                revision = write.revision();
                component().getElement().setAttribute("data-revision", String.valueOf(revision));
                markSaved(value);
                status.saved();
            } catch (CellConflictException conflict) {
                ask(conflict.theirs(), value);
            } catch (DomainException refused) {
                markUnsaved(component().getTranslation(refused.getMessageKey(), refused.getArguments()));
            } catch (NotFoundException gone) {
                // A peer removed the row a moment ago; its removal reaches this screen next and hands the text over.
                markUnsaved(component().getTranslation("editor.rowGone"));
            } catch (TransientDataAccessException | DataAccessResourceFailureException
                    | CannotCreateTransactionException databaseAway) {
                LOG.warn("Cell {} of poster {} waits for the database: {}", cellId, posterId,
                        databaseAway.getMessage());
                markUnsaved(component().getTranslation("save.databaseAway"));
                waitingForDatabase = true;
                retryWhenTheDatabaseIsBack(component());
            } catch (RuntimeException e) {
                LOG.error("Saving cell {} of poster {} failed", cellId, posterId, e);
                markUnsaved(component().getTranslation("save.error"));
            }
        }

        void retry() {
            save(localText());
        }

        /**
         * Text this browser kept from before, e.g. a server restart.
         *
         * @param sentFromHere texts this browser had in the field since the draft's revision that the server may
         *     have saved without its answer coming back
         * @return whether the text was put back into the field
         */
        boolean restore(String text, long draftRevision, Set<String> sentFromHere) {
            if (text.equals(savedValue) && !unsaved) {
                js("saved($0, $1, $2)", posterId, cellId, text);
                return false;
            }
            if (focused || openDialog != null) {
                // The user is in the field or choosing already: their next pause or choice saves it.
                return false;
            }
            if (!sentFromHere.contains(savedValue)) {
                // Saved from the draft's start, so that a change by somebody else since is found and asked about;
                // a cell that holds text from this very browser is simply continued.
                revision = draftRevision;
            }
            show(decode.apply(text));
            save(text);
            return true;
        }

        private void markSaved(String value) {
            unsaved = false;
            waitingForDatabase = false;
            if (field instanceof HasValidation validated && validated.isInvalid()) {
                validated.setInvalid(false);
            }
            component().getElement().removeAttribute("data-unsaved");
            js("saved($0, $1, $2, $3, $4)", posterId, cellId, value, component().getElement(), revision);
            showStatus();
        }

        private void markUnsaved(String reason) {
            unsaved = true;
            String message = component().getTranslation("save.fieldUnsaved", reason);
            if (field instanceof HasValidation validated) {
                validated.setErrorMessage(message);
                validated.setInvalid(true);
            }
            component().getElement().setAttribute("data-unsaved", "");
            js("answered($0)", cellId);
            status.failed(reason);
            showStatus();
        }

        /** Somebody else's committed text against the user's own: the user chooses, nothing is replaced meanwhile. */
        private void ask(CommittedCell theirs, String mine) {
            markUnsaved(component().getTranslation("save.conflictShort"));
            openDialog = new ConflictDialog(theirs, mine, resolution -> {
                openDialog = null;
                revision = theirs.revision();
                if (resolution.equals(theirs.value())) {
                    showSaved(theirs.value(), theirs.revision());
                    markSaved(theirs.value());
                    js("forget($0, $1)", posterId, cellId);
                    status.saved();
                    // A change committed while the user was choosing: the field holds no text of theirs now.
                    if (deferred != null && deferred.revision() > revision) {
                        showSaved(deferred.value(), deferred.revision());
                    }
                    deferred = null;
                } else {
                    show(decode.apply(resolution));
                    save(resolution);
                }
            }, () -> {
                // Closed without choosing: the user's text stays, unsaved, until they retry or choose.
                openDialog = null;
                if (deferred == null || deferred.revision() < theirs.revision()) {
                    deferred = theirs;
                }
            }, () -> focusField());
            openDialog.open();
        }

        private void focusField() {
            if (field instanceof Focusable<?> focusable) {
                focusable.focus();
            }
        }

        void remote(CommittedCell theirs) {
            if (theirs.revision() <= revision) {
                return;
            }
            if (theirs.value().equals(localText()) && !unsaved) {
                savedValue = theirs.value();
                revision = theirs.revision();
                component().getElement().setAttribute("data-revision", String.valueOf(revision));
                return;
            }
            if (focused || openDialog != null) {
                deferred = theirs;
                return;
            }
            if (hasLocalEdits()) {
                ask(theirs, localText());
                return;
            }
            showSaved(theirs.value(), theirs.revision());
            js("saved($0, $1, $2, $3)", posterId, cellId, theirs.value(), component().getElement());
        }

        void applyDeferred() {
            if (deferred != null && openDialog == null) {
                CommittedCell change = deferred;
                deferred = null;
                remote(change);
            }
        }

        /** The field's row was removed, by a peer or a restore, while it held unsaved text: the text is handed over. */
        void removedUnderTheUser() {
            if (!component().isAttached() && !bindings.containsKey(cellId) && !localText().isBlank()) {
                var note = new com.vaadin.flow.component.notification.Notification();
                var text = new Span(component().getTranslation("save.rowRemoved", localText()));
                var close = new com.vaadin.flow.component.button.Button(component().getTranslation("action.close"),
                        e -> note.close());
                note.add(new com.vaadin.flow.component.html.Div(text, close));
                note.addClassName("removed-text");
                note.setPosition(com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
                note.open();
            }
        }
    }
}
