package no.oslo.samarbeidsplakaten.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.export.service.ExportService;
import no.oslo.samarbeidsplakaten.export.service.PaperFormat;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.survey.service.SurveyExports;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every PDF the app exports passes veraPDF's PDF/UA-1 profile: the printed poster (the draft on A3 in both languages,
 * an agreed version on A4) and the kartlegging report with its charts drawn as bars, in both languages. A failure names the document, the clause, the
 * rule and how often it failed.
 */
@SpringBootTest
@ActiveProfiles("test")
class PdfUaTest {

    @Autowired
    ExportService exports;

    @Autowired
    SurveyExports surveyExports;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cells;

    @Autowired
    VersioningService versioning;

    @Autowired
    OrganisationService organisations;

    @Autowired
    I18NProvider i18n;

    @Autowired
    TestData testData;

    long posterId;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @BeforeEach
    void poster() {
        posterId = testData.freshMosBymPoster();
        edit(SectionField.SIGNALS.key(), "Signaler skrives ned samme dag – også fra uformelle møter.");
        String question = testData.fetchAs("kari",
                () -> posters.load(posterId).template().reflectionQuestions().getFirst().key());
        edit(SectionField.reflectionKey(question), "Et arbeidsnotat fra verkstedet");
    }

    @Test
    void theExportedPostersAndTheKartleggingReportPassPdfUa() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String language : List.of("nb", "en")) {
            validate("draft, A3, " + language, poster(null, PaperFormat.A3, true, language), failures);
        }
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Første versjon", LocalDate.now().plusYears(1)));
        validate("version 1, A4", poster(1, PaperFormat.A4, false, "nb"), failures);
        for (String language : List.of("nb", "en")) {
            var locale = Locale.forLanguageTag(language);
            var texts = new SurveyTexts(new PosterLabels((key, params) -> i18n.getTranslation(key, locale, params),
                    organisations.roleLabels(locale)), locale);
            validate("kartlegging report, " + language,
                    testData.fetchAs("admin", () -> surveyExports.report(null, texts)), failures);
        }
        assertThat(failures).as("PDF/UA-1 failures").isEmpty();
    }

    @Test
    void thePosterSaysItsTitleAndLanguageAndTheQrCodeSaysWhereItLeads() throws Exception {
        try (var document = Loader.loadPDF(poster(null, PaperFormat.A3, false, "en"))) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("This is how we do it – the governance dialogue between Byrådsavdeling for miljø og samferdsel"
                            + " and Bymiljøetaten");
            List<String> figures = new ArrayList<>();
            collectFigures(catalog.getStructureTreeRoot().getKids(), figures);
            assertThat(figures).as("the QR code and the annual wheel, each described").hasSize(2)
                    .anySatisfy(qr -> assertThat(qr).contains("QR")
                            .contains("https://plakat.example/plakat/" + posterId))
                    .anySatisfy(wheel -> assertThat(wheel).startsWith("Annual wheel: the meetings and steering"));
        }
    }

    private static void collectFigures(List<Object> kids, List<String> figures) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    figures.add(element.getAlternateDescription());
                }
                collectFigures(element.getKids(), figures);
            }
        }
    }

    @Test
    void theValidatorRejectsAPdfWithoutTagsSoThePassAboveMeansSomething() throws Exception {
        byte[] untagged;
        try (var document = Loader.loadPDF(poster(null, PaperFormat.A4, false, "nb"))) {
            document.getDocumentCatalog().setStructureTreeRoot(null);
            document.getDocumentCatalog().setMarkInfo(null);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            untagged = out.toByteArray();
        }
        List<String> failures = new ArrayList<>();
        validate("untagged", untagged, failures);
        assertThat(failures).isNotEmpty();
    }

    private byte[] poster(Integer version, PaperFormat format, boolean reflection, String language) {
        var printable = testData.fetchAs("kari", () -> exports.printable(posterId, version, reflection,
                Locale.forLanguageTag(language), "https://plakat.example/"));
        return exports.pdf(printable, format).join().bytes();
    }

    private void edit(String fieldKey, String value) {
        testData.as("kari", () -> {
            var cell = posters.load(posterId).sectionCells().get(fieldKey);
            cells.updateCell(posterId, cell.id(), cell.revision(), value);
        });
    }

    private static void validate(String document, byte[] pdf, List<String> failures) throws Exception {
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                var validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            var result = validator.validate(parser);
            if (result.isCompliant()) {
                return;
            }
            result.getFailedChecks().forEach((rule, count) -> failures.add(document + ": clause " + rule.getClause()
                    + " test " + rule.getTestNumber() + " failed " + count + "×"));
            result.getTestAssertions().stream().limit(20).forEach(assertion -> failures.add(document + ":   "
                    + assertion.getRuleId().getClause() + " " + assertion.getMessage() + " at "
                    + assertion.getLocation().getContext()));
        }
    }
}
