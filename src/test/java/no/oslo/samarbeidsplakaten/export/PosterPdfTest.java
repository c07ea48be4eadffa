package no.oslo.samarbeidsplakaten.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.export.service.ExportService;
import no.oslo.samarbeidsplakaten.export.service.PaperFormat;
import no.oslo.samarbeidsplakaten.export.service.PdfPosterRenderer.RenderedPdf;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The printed poster, read back from the PDF bytes as a reader's software would. */
@SpringBootTest
@ActiveProfiles("test")
class PosterPdfTest {

    private static final String SCRIPT = "<script>alert('x')</script> & <b>fet</b>";
    private static final String UNICODE = "Blåbærsyltetøy ÆØÅ – Sámi: čđŋšŧž – Ελληνικά – Кириллица – €";
    private static final float MM = 72f / 25.4f;

    @Autowired
    ExportService exports;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterQueries posters;

    @Autowired

    PosterStructure structure;

    @Autowired
    VersioningService versioning;

    @Autowired
    TestData testData;

    long posterId;

    @BeforeEach
    void poster() {
        posterId = testData.freshMosBymPoster();
        edit(SectionField.SIGNALS, SCRIPT + " " + UNICODE);
        String firstQuestion = testData.fetchAs("kari",
                () -> posters.load(posterId).template().reflectionQuestions().getFirst().key());
        edit(SectionField.reflectionKey(firstQuestion), "Refleksjonssvar som er et arbeidsnotat");
    }

    private void edit(String fieldKey, String value) {
        testData.as("kari", () -> {
            var cell = posters.load(posterId).sectionCells().get(fieldKey);
            cellEditing.updateCell(posterId, cell.id(), cell.revision(), value);
        });
    }

    private void edit(SectionField field, String value) {
        edit(field.key(), value);
    }

    private RenderedPdf render(Integer version, PaperFormat format, boolean reflection) {
        var printable = testData.fetchAs("kari",
                () -> exports.printable(posterId, version, reflection, Locale.forLanguageTag("nb"),
                        "https://plakat.example/"));
        return exports.pdf(printable, format).join();
    }

    @Test
    void theDraftIsOneTaggedA3LandscapePageWithEmbeddedFontsAndTheTextAsTyped() throws IOException {
        var pdf = render(null, PaperFormat.A3, false);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            var page = document.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(420 * MM, org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getHeight()).isCloseTo(297 * MM, org.assertj.core.data.Offset.offset(1f));

            String text = new PDFTextStripper().getText(document);
            assertThat(squeeze(text)).contains(squeeze(
                    "Sånn gjør vi det her – styringsdialogen mellom Byrådsavdeling for miljø og samferdsel og "
                            + "Bymiljøetaten"));
            assertThat(squeeze(text)).contains(squeeze(SCRIPT)).contains(squeeze(UNICODE));
            assertThat(text).contains("UTKAST").contains("Etatsstyringsmøte").contains("5 Våre forpliktelser");
            assertThat(text).as("reflection notes are working notes, not printed unless asked for")
                    .doesNotContain("Refleksjonssvar");

            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Sånn gjør vi det her");
            var fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).extracting(PDFont::getName).anyMatch(name -> name.contains("DejaVuSans-Bold"));
        }
    }

    @Test
    void everyPaperSizeHoldsTheFullPosterOnOnePageWithLargerTypeOnLargerPaper() throws IOException {
        float previous = 0;
        for (PaperFormat format : List.of(PaperFormat.A4, PaperFormat.A3, PaperFormat.A2)) {
            var pdf = render(null, format, false);
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                // On A4 the annual wheel follows on a page of its own.
                assertThat(document.getNumberOfPages()).as(format.name()).isEqualTo(format == PaperFormat.A4 ? 2 : 1);
                assertThat(document.getPage(0).getMediaBox().getWidth())
                        .isCloseTo(format.widthMm() * MM, org.assertj.core.data.Offset.offset(1f));
            }
            assertThat(pdf.fontPt()).as(format.name()).isGreaterThan(previous);
            previous = pdf.fontPt();
        }
    }

    @Test
    void aVersionCarriesItsStampWithApproversByRoleAndAQrCodeToItsAddress() throws IOException {
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Første", LocalDate.of(2031, 3, 1)));
        var pdf = render(1, PaperFormat.A3, false);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains("Versjon1").contains(squeeze("Kommunaldirektør (Byrådsavdelingen)"))
                    .contains(squeeze("Etatssjef (Virksomheten)")).contains(squeeze("Neste revisjon: 1. mars 2031"))
                    .contains(squeeze("https://plakat.example/plakat/" + posterId + "/versjon/1"))
                    .contains("Gjeldendepraksis");
            assertThat(text).as("published posters name roles, not people")
                    .doesNotContain("Kari").doesNotContain("PerHansen");
            assertThat(text).doesNotContain("UTKAST");
            assertThat(document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void theAnnualWheelIsBesideTheMatrixOnA3AndAPageOfItsOwnOnA4() throws IOException {
        testData.as("kari", () -> {
            var meeting = posters.load(posterId).meetings().getFirst();
            var months = meeting.cell(MeetingField.MONTHS);
            cellEditing.updateCell(posterId, months.id(), months.revision(), "3,6,9,12");
        });
        var a3 = render(null, PaperFormat.A3, false);
        try (PDDocument document = Loader.loadPDF(a3.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains("Årshjul").contains(squeeze("mars, juni, september, desember"))
                    .contains("Tildelingsbrev").contains("Tertialrapportering");
            assertThat(document.getPage(0).getResources().getXObjectNames())
                    .as("the wheel is drawn, not just listed").isNotEmpty();
        }
        var a4 = render(null, PaperFormat.A4, false);
        try (PDDocument document = Loader.loadPDF(a4.bytes())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            var second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            String page2 = squeeze(second.getText(document));
            assertThat(page2).contains("Årshjul").contains(squeeze("mars, juni, september, desember"));
            var first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(squeeze(first.getText(document))).doesNotContain(squeeze("Årshjulet som tabell"));
        }
    }

    @Test
    void reflectionNotesArePrintedWhenAskedFor() throws IOException {
        var pdf = render(null, PaperFormat.A3, true);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Refleksjonssvar som er et arbeidsnotat");
        }
    }

    @Test
    void contentTooLongForOnePageContinuesWithANoticeInsteadOfBeingCut() throws IOException {
        String longText = "Et langt avsnitt om styringsdialogen med mange ord. ".repeat(38);
        testData.as("kari", () -> {
            for (int i = 0; i < 20; i++) {
                structure.addMeeting(posterId, "Ekstra møte " + (i + 1), Formality.INFORMAL);
            }
            for (var meeting : posters.load(posterId).meetings()) {
                for (MeetingField field : List.of(MeetingField.PURPOSE, MeetingField.AGENDA,
                        MeetingField.STEERING_SIGNALS)) {
                    var cell = meeting.cell(field);
                    cellEditing.updateCell(posterId, cell.id(), cell.revision(), longText);
                }
            }
        });
        var pdf = render(null, PaperFormat.A4, false);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = squeeze(new PDFTextStripper().getText(document));
            assertThat(text).contains(squeeze("Innholdet er for langt til å få plass på én side i A4"));
            assertThat(text).contains("Ekstramøte20");
        }
        assertThat(pdf.fontPt()).isEqualTo(PaperFormat.A4.minFontPt());
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        var fonts = new ArrayList<PDFont>();
        var resources = document.getPage(0).getResources();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** Text as extracted, without the line breaks and spaces that wrapping puts in. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
