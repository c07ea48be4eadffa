package no.oslo.samarbeidsplakaten.benchmark;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.i18n.I18NProvider;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.survey.service.SurveyExports;
import no.oslo.samarbeidsplakaten.survey.service.SurveyService;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.survey.ui.SurveyView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * The kartlegging with 200 generated pairs of 12 meetings each, half of them agreed: the page's server time (the
 * city read and the page built, after an edit somewhere in the city and with nothing changed), the Excel workbook,
 * the PDF report, and the heap each open kartlegging holds. Prints the figures (run with
 * {@code ./mvnw verify -Pbenchmark}).
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class SurveyBenchmark extends SpringBrowserlessTest {

    private static final int DEPARTMENTS = 20;
    private static final int AGENCIES_EACH = 10;
    private static final int PAGE_RUNS = 30;
    private static final int EXPORT_RUNS = 12;
    private static final int OPEN_VIEWS = 20;
    private static final String[] FREQUENCIES = {"UP_TO:4:YEAR", "EXACTLY:6:YEAR", "EXACTLY:1:MONTH", "AS_NEEDED",
        "EXACTLY:2:QUARTER", "MILESTONES"};
    private static final String[] NAMES = {"Strategimøte", "Orienteringsmøte", "Startmøte", "Dialogmøte",
        "Styringsmøte", "Strategiseminar", "Budsjettmøte", "Risikomøte"};

    @Autowired
    TestData testData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    PosterQueries posters;

    @Autowired
    PosterStructure structure;

    @Autowired
    CellEditing cells;

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyExports exports;

    @Autowired
    OrganisationService organisations;

    @Autowired
    I18NProvider i18n;

    @Test
    void surveyFigures() {
        navigate(SurveyView.class);
        long setUp = System.nanoTime();
        testData.removePosters();
        long first = generateCity();
        System.out.printf("%nKartlegging benchmark: %d pairs of 12 meetings (half agreed), set up in %.1f s%n",
                surveys.survey(null).pairs().stream().filter(p -> p.posterId() != null).count(),
                (System.nanoTime() - setUp) / 1e9);

        var afterEdit = new ArrayList<Double>();
        var unchanged = new ArrayList<Double>();
        var cell = posters.load(first).sectionCells().get("signals.text");
        long revision = cell.revision();
        for (int i = 0; i < PAGE_RUNS; i++) {
            // Somebody edits a poster somewhere in the city: the next page reads the city anew.
            revision = cells.updateCell(first, cell.id(), revision, "Signaler skrives ned, runde " + i).revision();
            afterEdit.add(pageMs());
            unchanged.add(pageMs());
        }
        print("page (status + practice parts), after an edit", afterEdit);
        print("page (status + practice parts), nothing changed", unchanged);

        var texts = new SurveyTexts(new PosterLabels((key, params) -> i18n.getTranslation(key,
                Locale.forLanguageTag("nb"), params), organisations.roleLabels(Locale.forLanguageTag("nb"))),
                Locale.forLanguageTag("nb"));
        // The first export of each kind in this JVM also loads and compiles its library: shown apart.
        long t0 = System.nanoTime();
        int excelBytes = exports.workbook(null, texts).length;
        System.out.printf("Excel workbook, first in this JVM: %.0f ms%n", ms(t0));
        var excel = new ArrayList<Double>();
        for (int i = 0; i < EXPORT_RUNS; i++) {
            long t1 = System.nanoTime();
            excelBytes = exports.workbook(null, texts).length;
            excel.add(ms(t1));
        }
        print("Excel workbook (" + excelBytes / 1024 + " KB), after the first", excel);
        t0 = System.nanoTime();
        int pdfBytes = exports.report(null, texts).length;
        System.out.printf("PDF report, first in this JVM: %.0f ms%n", ms(t0));
        var pdf = new ArrayList<Double>();
        for (int i = 0; i < EXPORT_RUNS; i++) {
            long t1 = System.nanoTime();
            pdfBytes = exports.report(null, texts).length;
            pdf.add(ms(t1));
        }
        print("PDF report (" + pdfBytes / 1024 + " KB), after the first", pdf);

        var views = new ArrayList<SurveyView>();
        long before = usedHeapAfterGc();
        for (int i = 0; i < OPEN_VIEWS; i++) {
            var view = new SurveyView(surveys, organisations);
            openPractice(view);
            views.add(view);
        }
        long after = usedHeapAfterGc();
        System.out.printf("heap per open kartlegging (status and practice parts built, 200 pairs): %.2f MB (%d views)%n",
                (after - before) / 1024.0 / 1024.0 / views.size(), views.size());
    }

    /** The server's share of opening the page: the city read (or taken as it was) and the page built. */
    private double pageMs() {
        long t0 = System.nanoTime();
        var view = new SurveyView(surveys, organisations);
        openPractice(view);
        return ms(t0);
    }

    private static void openPractice(SurveyView view) {
        descendants(view).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> "tab-matrix".equals(b.getId().orElse(null))).findFirst().orElseThrow().click();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return root.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child),
                descendants(child)));
    }

    /** 200 pairs with 12 meetings each; every second pair agreed as version 1. Returns the first poster's id. */
    private long generateCity() {
        long first = -1;
        for (int d = 0; d < DEPARTMENTS; d++) {
            jdbc.update("insert into organisation (code, name, kind, parent_id) values (?, ?, 'DEPARTMENT', null)",
                    "BD" + d, "Benk byrådsavdeling " + d);
            long department = jdbc.queryForObject("select id from organisation where code = ?", Long.class, "BD" + d);
            for (int a = 0; a < AGENCIES_EACH; a++) {
                String code = "BA" + d + "-" + a;
                jdbc.update("insert into organisation (code, name, kind, parent_id) values (?, ?, 'AGENCY', ?)",
                        code, "Benk virksomhet " + d + "-" + a, department);
                long agency = jdbc.queryForObject("select id from organisation where code = ?", Long.class, code);
                long posterId = lifecycle.create(department, agency);
                first = first < 0 ? posterId : first;
                fill(posterId, d * AGENCIES_EACH + a);
            }
        }
        return first;
    }

    private void fill(long posterId, int n) {
        for (int m = 0; m < 8; m++) {
            structure.addMeeting(posterId, NAMES[(n + m) % NAMES.length], m % 2 == 0 ? Formality.FORMAL
                    : Formality.INFORMAL);
        }
        var document = posters.load(posterId);
        int i = 0;
        for (var meeting : document.meetings()) {
            set(meeting.cell("frequency").id(), FREQUENCIES[(n + i) % FREQUENCIES.length]);
            set(meeting.cell("chair").id(), i % 3 == 0 ? "kommunaldirektor" : "seksjonssjef");
            set(meeting.cell("documentation").id(), i % 4 == 0 ? "SUMMARY" : "MINUTES");
            set(meeting.cell("politicalRole").id(), i % 5 == 0 ? "PARTICIPATES" : "NONE");
            set(meeting.cell("publicity").id(), "ASSESSED");
            set(meeting.cell("purpose").id(), "Formål for møte " + i + " i par " + n + ". ".repeat(3));
            i++;
        }
        for (var question : document.template().reflectionQuestions()) {
            set(document.reflection(question.key()).id(), "Svar fra par " + n + " på " + question.key()
                    + ": vi vil ha det tydeligere fremover. ".repeat(4));
        }
        if (n % 2 == 0) {
            var content = posters.content(posterId);
            jdbc.update("""
                    insert into poster_version (poster_id, number, locked_at, locked_by, change_summary, template_key,
                        template_version, next_review, content, content_hash)
                    values (?, 1, ?, 'benk', 'Vedtatt', ?, ?, ?, ?, ?)""", posterId, Timestamp.from(Instant.now()),
                    content.templateKey(), content.templateVersion(), LocalDate.now().plusYears(1), content.toJson(),
                    content.hash());
            long version = jdbc.queryForObject("select id from poster_version where poster_id = ?", Long.class,
                    posterId);
            jdbc.update("insert into version_approver (version_id, list_index, name, role_title, side) "
                    + "values (?, 0, 'Kari', 'Kommunaldirektør', 'DEPARTMENT'), (?, 1, 'Per', 'Etatssjef', 'AGENCY')",
                    version, version);
            jdbc.update("update poster set status = 'AGREED', agreed_version = 1, next_review = ? where id = ?",
                    LocalDate.now().plusYears(1), posterId);
        }
    }

    private void set(long cellId, String value) {
        jdbc.update("update poster_cell set cell_value = ? where id = ?", value, cellId);
    }

    private static void print(String what, List<Double> values) {
        var sorted = values.stream().sorted().toList();
        System.out.printf("%s: p50 %.0f ms, p95 %.0f ms, max %.0f ms (%d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.getLast(), sorted.size());
    }

    private static double ms(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
