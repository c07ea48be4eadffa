package no.oslo.samarbeidsplakaten.poster.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.LiveSettle;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * A randomized model of a workshop: several editors of one poster, a few thousand random operations (edits, two
 * people in one field at once, texts the domain refuses, commitments added, moved and removed, conflicts resolved or
 * dismissed, open questions, approvals, locks and restores). After every step no editor has lost the user's unsaved
 * text; at the end every editor shows the database, and every edit an editor confirmed is either in the final state
 * or was replaced by a later committed edit that this editor now shows. Seeded: a failure prints the seed.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class LiveEditingModelTest extends SpringBrowserlessTest {

    private static final int EDITORS = 3;
    private static final int OPERATIONS = 2_000;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posterService;

    @Autowired
    VersioningService versioning;

    @Autowired
    FlagService flags;

    @Autowired
    LiveBroadcaster broadcaster;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    long posterId;
    final List<PosterEditorView> editors = new ArrayList<>();
    /** Per editor, the unsaved text the user has in a field: it must still be there after every step. */
    final List<Map<TextArea, String>> unsaved = new ArrayList<>();
    /** Every edit an editor showed as saved: editor, cell, text, revision. */
    final List<Confirmed> confirmed = new ArrayList<>();

    record Confirmed(int editor, long cellId, String text, long revision) {
    }

    @BeforeEach
    void workshop() {
        posterId = testData.freshMosBymPoster();
        editors.add(navigate(PosterEditorView.class, Map.of("posterId", String.valueOf(posterId))));
        for (int i = 1; i < EDITORS; i++) {
            var editor = context.getAutowireCapableBeanFactory().createBean(PosterEditorView.class);
            editor.open(posterService.load(posterId));
            UI.getCurrent().add(editor);
            editors.add(editor);
        }
        editors.forEach(e -> unsaved.add(new IdentityHashMap<>()));
    }

    @Test
    void noEditorEverLosesTextAndAllEndOnTheDatabaseState() {
        long seed = Long.getLong("model.seed", System.nanoTime());
        var random = new Random(seed);
        String context = "seed " + seed + " (rerun with -Dmodel.seed=" + seed + ")";
        for (int step = 0; step < OPERATIONS; step++) {
            String what = operate(random, step);
            settle();
            assertNoUnsavedTextWasReplaced(context + ", step " + step + ": " + what);
        }
        resolveEverything();
        assertEveryEditorShowsTheDatabase(context);
        assertEveryConfirmedEditHoldsOrWasReplacedLater(context);
        System.out.println("LiveEditingModelTest: " + OPERATIONS + " operations on " + EDITORS + " editors, "
                + confirmed.size() + " confirmed edits checked, " + context);
    }

    private String operate(Random random, int step) {
        int editor = random.nextInt(EDITORS);
        int dice = random.nextInt(100);
        if (dice < 40) {
            return edit(editor, randomField(random, editor), random.nextInt(20) == 0 ? "x".repeat(2_100)
                    : "E" + editor + " steg " + step);
        } else if (dice < 55) {
            // Two people in one field at the same moment: neither sees the other's save before writing.
            var field = randomField(random, editor);
            long cellId = cellOf(field);
            int other = (editor + 1 + random.nextInt(EDITORS - 1)) % EDITORS;
            var otherField = fieldOf(other, cellId);
            edit(editor, field, "Samtidig A " + step);
            if (otherField != null) {
                edit(other, otherField, "Samtidig B " + step);
            }
            return "simultaneous edit of cell " + cellId;
        } else if (dice < 63) {
            var newText = $(TextField.class).withLabel("Nytt punkt").from(editors.get(editor)).all()
                    .get(random.nextInt(2));
            test(newText).setValue("Punkt " + step);
            test($(Button.class).withText("Legg til").from(newText.getParent().orElseThrow()).single()).click();
            return "add commitment";
        } else if (dice < 71) {
            return clickAny(random, editor, "Flytt punkt");
        } else if (dice < 75) {
            return clickAny(random, editor, "Fjern punkt");
        } else if (dice < 87) {
            return resolveADialog(random);
        } else if (dice < 91) {
            var field = randomField(random, editor);
            testData.as("kari", () -> flags.flag(posterId, cellOf(field), null, "Felt", "Må avklares " + step));
            return "flag";
        } else if (dice < 97) {
            approveAndLock();
            return "approve and lock";
        } else {
            var records = testData.fetchAs("kari", () -> versioning.records(posterId));
            if (!records.isEmpty()) {
                int number = records.get(random.nextInt(records.size())).number();
                testData.as("kari", () -> versioning.restore(posterId, number));
            }
            return "restore";
        }
    }

    private String edit(int editor, TextArea field, String text) {
        test(field).setValue(text);
        if (field.getElement().hasAttribute("data-unsaved")) {
            unsaved.get(editor).put(field, text);
        } else {
            unsaved.get(editor).remove(field);
            confirmed.add(new Confirmed(editor, cellOf(field), text,
                    Long.parseLong(field.getElement().getAttribute("data-revision"))));
        }
        return "edit cell " + cellOf(field) + " in editor " + editor;
    }

    private String clickAny(Random random, int editor, String labelStart) {
        var buttons = $(Button.class).from(editors.get(editor)).all().stream()
                .filter(b -> b.getAriaLabel().orElse("").startsWith(labelStart) && b.isEnabled()).toList();
        if (buttons.isEmpty()) {
            return "no " + labelStart;
        }
        test(buttons.get(random.nextInt(buttons.size()))).click();
        return labelStart;
    }

    private String resolveADialog(Random random) {
        var dialogs = $(ConflictDialog.class).all();
        if (dialogs.isEmpty()) {
            return "no dialog";
        }
        var dialog = dialogs.get(random.nextInt(dialogs.size()));
        if (random.nextBoolean()) {
            // Esc: nothing chosen, the user's text stays unsaved in its field.
            dialog.close();
            return "dismiss dialog";
        }
        String mine = $(TextArea.class).withClassName("conflict-mine").from(dialog).single().getValue();
        test($(Button.class).withText("Lagre min tekst").from(dialog).single()).click();
        recordSaved(mine);
        return "keep mine";
    }

    /** After "keep mine" the field that held the text is saved (or asks again): track it accordingly. */
    private void recordSaved(String text) {
        for (int editor = 0; editor < EDITORS; editor++) {
            for (var entry : List.copyOf(unsaved.get(editor).entrySet())) {
                var field = entry.getKey();
                if (field.getValue().equals(text) && !field.getElement().hasAttribute("data-unsaved")) {
                    unsaved.get(editor).remove(field);
                    confirmed.add(new Confirmed(editor, cellOf(field), text,
                            Long.parseLong(field.getElement().getAttribute("data-revision"))));
                }
            }
        }
    }

    private void approveAndLock() {
        try {
            testData.as("kari", () -> versioning.approve(posterId));
            testData.as("per", () -> versioning.approve(posterId));
            testData.as("per", () -> versioning.lock(posterId, "Modell", LocalDate.now().plusYears(1)));
        } catch (RuntimeException notNow) {
            // Nothing to lock (no change since the last version): the model goes on.
        }
    }

    private TextArea randomField(Random random, int editor) {
        var fields = fields(editor);
        return fields.get(random.nextInt(fields.size()));
    }

    private List<TextArea> fields(int editor) {
        return $(TextArea.class).from(editors.get(editor)).all().stream()
                .filter(f -> f.getElement().hasAttribute("data-cell") && f.isAttached()).toList();
    }

    private TextArea fieldOf(int editor, long cellId) {
        return fields(editor).stream().filter(f -> cellOf(f) == cellId).findFirst().orElse(null);
    }

    private static long cellOf(TextArea field) {
        return Long.parseLong(field.getElement().getAttribute("data-cell"));
    }

    /** Lets every live event reach every editor, as the browsers' round trips would. */
    private void settle() {
        LiveSettle.settle(broadcaster, () -> roundTrip());
    }

    private void assertNoUnsavedTextWasReplaced(String where) {
        for (int editor = 0; editor < EDITORS; editor++) {
            for (var entry : List.copyOf(unsaved.get(editor).entrySet())) {
                var field = entry.getKey();
                if (!field.isAttached()) {
                    // Its row was removed or the draft restored: the text went back into the new field or was
                    // handed to the user in a notice.
                    unsaved.get(editor).remove(field);
                    continue;
                }
                assertThat(field.getValue()).as("%s: editor %d, cell %d", where, editor, cellOf(field))
                        .isEqualTo(entry.getValue());
                if (!field.getElement().hasAttribute("data-unsaved")) {
                    unsaved.get(editor).remove(field);
                }
            }
        }
    }

    /** Ends the workshop: every open question of text answered, every unsaved field saved or given up. */
    private void resolveEverything() {
        for (int round = 0; round < 50; round++) {
            var dialogs = $(ConflictDialog.class).all();
            dialogs.forEach(d -> test($(Button.class).withText("Bruk deres tekst").from(d).single()).click());
            boolean left = false;
            for (int editor = 0; editor < EDITORS; editor++) {
                for (var field : fields(editor)) {
                    if (field.getElement().hasAttribute("data-unsaved")) {
                        test(field).setValue("Avsluttet " + round);
                        left = true;
                    }
                }
            }
            settle();
            if (!left && dialogs.isEmpty() && $(ConflictDialog.class).all().isEmpty()) {
                return;
            }
        }
    }

    private void assertEveryEditorShowsTheDatabase(String where) {
        Map<Long, String> database = new HashMap<>();
        jdbc.query("select id, cell_value from poster_cell where poster_id = ?",
                rs -> {
                    database.put(rs.getLong(1), rs.getString(2));
                }, posterId);
        PosterDocument document = posterService.load(posterId);
        for (int editor = 0; editor < EDITORS; editor++) {
            var shown = fields(editor);
            for (var field : shown) {
                assertThat(field.getValue()).as("%s: editor %d shows cell %d as stored", where, editor, cellOf(field))
                        .isEqualTo(database.get(cellOf(field)));
            }
            long commitmentsShown = shown.stream().filter(f -> f.hasClassName("commitment-text")).count();
            assertThat(commitmentsShown).as("%s: editor %d commitments", where, editor).isEqualTo(
                    document.departmentCommitments().size() + document.agencyCommitments().size());
        }
    }

    private void assertEveryConfirmedEditHoldsOrWasReplacedLater(String where) {
        Map<Long, long[]> revisions = new HashMap<>();
        Map<Long, String> values = new HashMap<>();
        jdbc.query("select id, cell_value, revision from poster_cell where poster_id = ?", rs -> {
            values.put(rs.getLong(1), rs.getString(2));
            revisions.put(rs.getLong(1), new long[] {rs.getLong(3)});
        }, posterId);
        for (var edit : confirmed) {
            if (!values.containsKey(edit.cellId())) {
                // The cell's row was removed or replaced by a restore, which the editor was shown.
                continue;
            }
            long finalRevision = revisions.get(edit.cellId())[0];
            if (!values.get(edit.cellId()).equals(edit.text())) {
                assertThat(finalRevision).as("%s: %s was replaced only by a later committed edit", where, edit)
                        .isGreaterThan(edit.revision());
            }
        }
    }
}
