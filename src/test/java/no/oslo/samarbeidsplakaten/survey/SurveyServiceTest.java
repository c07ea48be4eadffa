package no.oslo.samarbeidsplakaten.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.poster.service.PracticeReview;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.survey.service.CitySurvey;
import no.oslo.samarbeidsplakaten.survey.service.PairPractice;
import no.oslo.samarbeidsplakaten.survey.service.PairStatus;
import no.oslo.samarbeidsplakaten.survey.service.SurveyExports;
import no.oslo.samarbeidsplakaten.survey.service.SurveyService;
import no.oslo.samarbeidsplakaten.survey.service.SurveyService.Scope;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import no.oslo.samarbeidsplakaten.template.service.CommonTerms;
import no.oslo.samarbeidsplakaten.versioning.service.AgreedPractices.Approver;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The kartlegging read from real posters: status, practice by meeting type, deviations, terms, who sees what. */
@SpringBootTest
@ActiveProfiles("test")
class SurveyServiceTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    SurveyExports exports;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    PosterQueries posters;

    @Autowired
    PosterStructure structure;

    @Autowired
    CellEditing cells;

    @Autowired
    VersioningService versioning;

    @Autowired
    PracticeReview practice;

    @Autowired
    CommonTerms terms;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    I18NProvider i18n;

    @Autowired
    TestData testData;

    long bym;
    long vav;

    @BeforeEach
    void city() {
        testData.removePosters();
        testData.asAdmin(() -> terms.synonyms().keySet().forEach(terms::unmark));
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        testData.member("per", "Per Hansen", "Etatssjef", "BYM");
        testData.member("vera", "Vera Vann", "Etatssjef", "VAV");
        testData.member("frida", "Frida Finans", "Kommunaldirektør", "FIN");
        testData.account("rita", "Rita Leser", "Revisor", "MOS", AppRole.READER);
        bym = as("kari", () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM")));
        vav = as("kari", () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("VAV")));
    }

    @Test
    void everyPairIsShownWithWhereItStandsAndWhoAgreedByRole() {
        edit("kari", bym, "etatsstyringsmote", MeetingField.FREQUENCY, "EXACTLY:6:YEAR");
        agree(bym);
        edit("kari", bym, "fagmote", MeetingField.FREQUENCY_NOTE, "Endret etter vedtak");

        var city = as("admin", () -> surveys.survey(null));
        assertThat(city.pairs()).hasSize(14);
        var bymPair = pair(city, "BYM");
        assertThat(bymPair.status()).isEqualTo(PairStatus.AGREED);
        assertThat(bymPair.agreedVersion()).isEqualTo(1);
        assertThat(bymPair.editedSinceAgreed()).isTrue();
        assertThat(bymPair.approvers()).containsExactly(new Approver("Kommunaldirektør", Side.DEPARTMENT),
                new Approver("Etatssjef", Side.AGENCY));
        assertThat(bymPair.address()).isEqualTo("plakat/" + bym + "/versjon/1");
        assertThat(pair(city, "VAV").status()).isEqualTo(PairStatus.DRAFT);
        // A pair with no poster is shown, not skipped.
        assertThat(pair(city, "REG").status()).isEqualTo(PairStatus.NO_POSTER);
        assertThat(pair(city, "REG").address()).isNull();
        assertThat(city.agreedCount()).isEqualTo(1);
        assertThat(city.draftCount()).isEqualTo(1);

        // The agreed version is what counts, not the draft edited since.
        assertThat(bymPair.meetingsOf("etatsstyringsmote")).singleElement()
                .satisfies(m -> assertThat(m.perYear()).isEqualTo(6));

        // As if the review date had passed: the shared test context's clock cannot be moved, the date can.
        jdbc.update("update poster set next_review = ?, last_changed_at = current_timestamp where id = ?",
                LocalDate.now().minusDays(1), bym);
        assertThat(pair(as("admin", () -> surveys.survey(null)), "BYM").status())
                .isEqualTo(PairStatus.REVIEW_OVERDUE);
    }

    @Test
    void meetingsCountAsTheirStandardTypeByTemplateRowOrByTheCommonTerms() {
        long added = as("kari", () -> structure.addMeeting(vav, "Styringsmøte ", Formality.FORMAL));
        // Meetings of a template version whose types the current one lacks: one still has a standard name, one not.
        jdbc.update("update poster_row set template_key = 'gammel-type' where poster_id = ? and template_key in (?, ?)",
                vav, "fagmote", "oppdragsstyringsmote");
        edit("kari", vav, "gammel-type", MeetingField.NAME, "Faglig samråd", 0);

        var vavPair = pair(as("admin", () -> surveys.survey(null)), "VAV");
        assertThat(vavPair.meetingsOf("etatsstyringsmote")).hasSize(1);
        assertThat(vavPair.meetingsOf("fagmote")).extracting(m -> m.name()).containsExactly("Fagmøte");
        assertThat(vavPair.otherMeetings()).extracting(m -> m.name())
                .containsExactlyInAnyOrder("Styringsmøte", "Faglig samråd");
        // A meeting made from a type the current template does not have, and named as none, says so.
        assertThat(vavPair.otherMeetings()).filteredOn(m -> m.name().equals("Faglig samråd")).singleElement()
                .satisfies(m -> assertThat(m.otherTemplate()).isTrue());
        assertThat(vavPair.otherMeetings()).filteredOn(m -> m.name().equals("Styringsmøte")).singleElement()
                .satisfies(m -> assertThat(m.otherTemplate()).isFalse());

        var termsBefore = as("admin", () -> surveys.terms(surveys.survey(null)));
        assertThat(termsBefore).filteredOn(t -> t.name().equals("Styringsmøte")).singleElement()
                .satisfies(t -> {
                    assertThat(t.pairs()).isEqualTo(1);
                    assertThat(t.type()).isNull();
                    assertThat(t.standard()).isFalse();
                });
        assertThat(termsBefore).filteredOn(t -> t.name().equals("Etatsstyringsmøte")).singleElement()
                .satisfies(t -> assertThat(t.standard()).isTrue());

        assertThatThrownBy(() -> testData.as("kari", () -> surveys.markSynonym("Styringsmøte", "etatsstyringsmote")))
                .isInstanceOf(AccessDeniedException.class);
        testData.asAdmin(() -> surveys.markSynonym("styringsmøte", "etatsstyringsmote"));

        vavPair = pair(as("admin", () -> surveys.survey(null)), "VAV");
        assertThat(vavPair.meetingsOf("etatsstyringsmote")).extracting(m -> m.name())
                .containsExactly("Etatsstyringsmøte", "Styringsmøte");
        assertThat(as("admin", () -> surveys.terms(surveys.survey(null))))
                .filteredOn(t -> t.name().equals("Styringsmøte")).singleElement()
                .satisfies(t -> {
                    assertThat(t.type()).isEqualTo("etatsstyringsmote");
                    assertThat(t.marked()).isTrue();
                });
        // The editor suggests the standard term; the name itself is not changed.
        assertThat(practice.suggestionFor("Styringsmøte")).contains("Etatsstyringsmøte");
        assertThat(practice.suggestionFor("Etatsstyringsmøte")).isEmpty();
        var row = as("kari", () -> posters.load(vav)).meetings().stream().filter(m -> m.id() == added).findFirst();
        assertThat(row).get().extracting(r -> r.cell(MeetingField.NAME).value()).isEqualTo("Styringsmøte");
    }

    @Test
    void deviationsFromTheCommonRulesAreListedWithThePairsReason() {
        edit("kari", bym, "etatsstyringsmote", MeetingField.FREQUENCY, "UP_TO:2:QUARTER");
        edit("kari", bym, "etatsstyringsmote", MeetingField.DOCUMENTATION, "SUMMARY");
        edit("kari", bym, "fagmote", MeetingField.STEERING_SIGNALS, "");
        String reason = "Omstillingen krever tettere oppfølging i to år.";
        editSection("kari", bym, SectionField.reasonKey("etatsstyring-hyppighet"), reason);

        var bymPair = pair(as("admin", () -> surveys.survey(null)), "BYM");
        assertThat(bymPair.deviations()).extracting(d -> d.rule().key())
                .containsExactly("etatsstyring-hyppighet", "etatsstyring-referat", "signaler-skriftlig");
        var frequency = bymPair.deviations().getFirst();
        assertThat(frequency.reason()).isEqualTo(reason);
        assertThat(frequency.findings()).singleElement().satisfies(f -> {
            assertThat(f.meetingName()).isEqualTo("Etatsstyringsmøte");
            assertThat(f.value()).isEqualTo("UP_TO:2:QUARTER");
        });
        assertThat(bymPair.deviations().get(1).reason()).isEmpty();
        // The untouched template follows every rule.
        assertThat(pair(as("admin", () -> surveys.survey(null)), "VAV").deviations()).isEmpty();
    }

    @Test
    void aReasonGivenAfterTheAgreementShowsAsTheDraftsUntilItIsAgreed() {
        edit("kari", bym, "etatsstyringsmote", MeetingField.FREQUENCY, "EXACTLY:6:YEAR");
        agree(bym);
        editSection("kari", bym, SectionField.reasonKey("etatsstyring-hyppighet"), "Omstilling i to år.");

        var deviation = pair(as("admin", () -> surveys.survey(null)), "BYM").deviations().getFirst();
        assertThat(deviation.reason()).isEqualTo("Omstilling i to år.");
        assertThat(deviation.reasonInDraft()).isTrue();

        agree(bym);
        deviation = pair(as("admin", () -> surveys.survey(null)), "BYM").deviations().getFirst();
        assertThat(deviation.reason()).isEqualTo("Omstilling i to år.");
        assertThat(deviation.reasonInDraft()).isFalse();
    }

    @Test
    void aDepartmentSeesItsAgenciesAndAnAgencyOnlyItselfNextToTheCity() {
        long reg = as("kari", () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("REG")));
        edit("kari", vav, "etatsstyringsmote", MeetingField.FREQUENCY, "EXACTLY:2:YEAR");
        edit("kari", reg, "etatsstyringsmote", MeetingField.FREQUENCY, "EXACTLY:3:YEAR");
        for (long poster : new long[] {vav, reg}) {
            testData.as("kari", () -> structure.removeRow(poster, posters.load(poster).meetings().stream()
                    .filter(m -> "kontaktmote".equals(m.templateKey())).findFirst().orElseThrow().id()));
        }

        assertThat(as("kari", surveys::scope)).isEqualTo(Scope.DEPARTMENT);
        assertThat(as("kari", () -> surveys.survey(null)).pairs()).extracting(PairPractice::agencyName)
                .containsExactly("Bymiljøetaten", "Renovasjons- og gjenvinningsetaten", "Vann- og avløpsetaten");
        assertThat(as("frida", () -> surveys.survey(null)).pairs()).extracting(PairPractice::posterId)
                .containsOnlyNulls();
        // A department filter cannot widen what a member sees.
        assertThat(as("kari", () -> surveys.survey(testData.organisationId("FIN"))).pairs()).isEmpty();

        assertThat(as("per", surveys::scope)).isEqualTo(Scope.AGENCY);
        assertThat(as("per", () -> surveys.survey(null)).pairs()).extracting(PairPractice::agencyName)
                .containsExactly("Bymiljøetaten");
        assertThat(as("per", surveys::ownPair)).get().extracting(PairPractice::agencyName)
                .isEqualTo("Bymiljøetaten");
        var typical = as("per", surveys::typicalPractice);
        assertThat(typical).filteredOn(t -> t.type().equals("etatsstyringsmote")).singleElement().satisfies(t -> {
            assertThat(t.pairs()).isEqualTo(3);
            assertThat(t.medianPerYear()).isEqualTo(3.0);
            assertThat(t.minutesPercent()).isEqualTo(100);
        });
        // One pair alone with a meeting type: its figures would be that pair's practice, so they are withheld.
        assertThat(typical).filteredOn(t -> t.type().equals("kontaktmote")).singleElement().satisfies(t -> {
            assertThat(t.pairs()).isEqualTo(1);
            assertThat(t.isWithheld()).isTrue();
            assertThat(t.medianPerYear()).isNull();
        });

        assertThatThrownBy(() -> testData.as("rita", () -> surveys.survey(null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testData.as("per", () -> surveys.markSynonym("Møte", "fagmote")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theWorkbookHasASheetPerPartWithRealColumnsAndSaysWhatItIsBasedOn() throws Exception {
        edit("kari", bym, "etatsstyringsmote", MeetingField.FREQUENCY, "EXACTLY:6:YEAR");
        agree(bym);
        byte[] bytes = as("admin", () -> exports.workbook(null, texts()));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(workbook.getSheetName(0)).isEqualTo("Status");
            var status = workbook.getSheetAt(0);
            assertThat(status.getRow(1).getCell(0).getStringCellValue())
                    .contains("basert på 1 vedtatte og 1 utkast til plakater");
            assertThat(status.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Byrådsavdeling");
            var practiceSheet = workbook.getSheet("Praksis");
            var bymEsm = java.util.stream.StreamSupport.stream(practiceSheet.spliterator(), false)
                    .filter(r -> r.getRowNum() > 3 && r.getCell(1).getStringCellValue().equals("Bymiljøetaten")
                            && r.getCell(2).getStringCellValue().equals("Etatsstyringsmøte"))
                    .findFirst().orElseThrow();
            assertThat(bymEsm.getCell(6).getNumericCellValue()).isEqualTo(6.0);
            assertThat(bymEsm.getCell(5).getStringCellValue()).isEqualTo("6 per år");
            var deviations = workbook.getSheet("Avvik fra felles praksis");
            assertThat(deviations.getRow(4).getCell(2).getStringCellValue())
                    .isEqualTo("Etatsstyringsmøter holdes inntil fire ganger i året.");
        }
    }

    @Test
    void theReportIsAPdfWithTheFiguresAndWhatItIsBasedOn() throws Exception {
        edit("kari", bym, "etatsstyringsmote", MeetingField.FREQUENCY, "EXACTLY:6:YEAR");
        editSection("kari", bym, SectionField.reasonKey("etatsstyring-hyppighet"), "En <god> & gyldig grunn");
        editSection("kari", bym, SectionField.reflectionKey("roles"), "Arbeidsnotat fra verkstedet");
        byte[] bytes = as("admin", () -> exports.report(null, texts()));

        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Kartlegging av styringsdialogen")
                    .contains("basert på 0 vedtatte og 2 utkast til plakater")
                    .contains("Formelle møter i året per par")
                    .contains("En <god> & gyldig grunn")
                    .contains("Svarene på refleksjonsspørsmålene er arbeidsnotater")
                    .doesNotContain("Arbeidsnotat fra verkstedet")
                    .contains("Etatsstyringsmøter holdes inntil fire ganger i året.");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    private SurveyTexts texts() {
        var locale = Locale.forLanguageTag("nb");
        return new SurveyTexts(new PosterLabels((key, params) -> i18n.getTranslation(key, locale, params),
                organisations.roleLabels(locale)), locale);
    }

    private static PairPractice pair(CitySurvey city, String agencyCode) {
        return city.pairs().stream().filter(p -> p.agencyName().equals(agencyName(agencyCode))).findFirst()
                .orElseThrow();
    }

    private static String agencyName(String code) {
        return switch (code) {
            case "BYM" -> "Bymiljøetaten";
            case "VAV" -> "Vann- og avløpsetaten";
            case "REG" -> "Renovasjons- og gjenvinningsetaten";
            default -> throw new IllegalArgumentException(code);
        };
    }

    private void agree(long posterId) {
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as(posterId == bym ? "per" : "vera", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Vedtatt", LocalDate.now().plusYears(1)));
    }

    private void edit(String user, long posterId, String type, MeetingField field, String value) {
        edit(user, posterId, type, field, value, 0);
    }

    /** Edits the {@code nth} meeting made from a template type. */
    private void edit(String user, long posterId, String type, MeetingField field, String value, int nth) {
        testData.as(user, () -> {
            PosterDocument.Row row = posters.load(posterId).meetings().stream()
                    .filter(m -> type.equals(m.templateKey())).skip(nth).findFirst().orElseThrow();
            var cell = row.cell(field);
            cells.updateCell(posterId, cell.id(), cell.revision(), value);
        });
    }

    private void editSection(String user, long posterId, String key, String value) {
        testData.as(user, () -> {
            var cell = posters.load(posterId).sectionCells().get(key);
            cells.updateCell(posterId, cell.id(), cell.revision(), value);
        });
    }

    private <T> T as(String user, Supplier<T> action) {
        return testData.fetchAs(user, action);
    }
}
