package no.oslo.samarbeidsplakaten.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.oslo.samarbeidsplakaten.export.service.ImportProblem;
import no.oslo.samarbeidsplakaten.export.service.TransferService.ImportRefusedException;
import no.oslo.samarbeidsplakaten.export.service.TransferService;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionApprover;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class TransferServiceTest {

    @Autowired
    TransferService transfers;

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

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    I18NProvider i18n;

    long posterId;

    @BeforeEach
    void posterWithAVersionAndADraft() {
        posterId = testData.freshMosBymPoster();
        testData.as("kari", () -> {
            versioning.approve(posterId);
            testData.as("per", () -> versioning.approve(posterId));
            versioning.lock(posterId, "Første", LocalDate.now().plusYears(1));
            long strategy = structure.addMeeting(posterId, "Strategimøte <b>", Formality.FORMAL);
            var cell = posters.load(posterId).meetings().stream().filter(m -> m.id() == strategy).findFirst()
                    .orElseThrow().cell(MeetingField.FREQUENCY);
            cellEditing.updateCell(posterId, cell.id(), cell.revision(), "UP_TO:2:YEAR");
            var signals = posters.load(posterId).section(SectionField.SIGNALS);
            cellEditing.updateCell(posterId, signals.id(), signals.revision(), "Skriftlig – æøå ÆØÅ \"sitat\"");
        });
    }

    private byte[] exportJson(Integer version) {
        return testData.fetchAs("kari", () -> transfers.toJson(transfers.export(posterId, version)));
    }

    @Test
    void theExportHoldsThePairTheContentAndEveryVersionsRecord() {
        var file = testData.fetchAs("kari", () -> transfers.export(posterId, null));
        assertThat(file.format()).isEqualTo("samarbeidsplakat");
        assertThat(file.department().code()).isEqualTo("MOS");
        assertThat(file.agency().code()).isEqualTo("BYM");
        assertThat(file.content().templateKey()).isEqualTo("oslo-standard");
        assertThat(file.content().meetings()).extracting(m -> m.value(MeetingField.NAME)).contains("Strategimøte <b>");
        assertThat(file.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.changeSummary()).isEqualTo("Første");
            assertThat(v.approvers()).extracting(VersionApprover::side).containsExactly(Side.DEPARTMENT, Side.AGENCY);
        });
        // The records are objects in the file: a reader needs no rule to take "name (role, side)" apart.
        assertThat(new String(exportJson(null), StandardCharsets.UTF_8))
                .contains("\"formatVersion\" : 2", "\"roleTitle\" :", "\"side\" : \"AGENCY\"");
        var version = testData.fetchAs("kari", () -> transfers.export(posterId, 1));
        assertThat(version.source()).isEqualTo("versjon-1");
        assertThat(version.content().meetings()).extracting(m -> m.value(MeetingField.NAME))
                .doesNotContain("Strategimøte <b>");
    }

    @Test
    void exportImportExportGivesTheSameContentForANewPairAndForAnExistingOne() {
        byte[] exported = exportJson(null);
        PosterContent before = content(exported);

        // Into an installation without this pair's poster: the import creates it.
        testData.removePosters();
        long created = testData.fetchAs("admin", () -> transfers.importFile(exported));
        PosterContent afterNewPair = testData.fetchAs("admin", () -> transfers.export(created, null)).content();
        assertThat(afterNewPair).isEqualTo(before);

        // As a new draft of an existing poster, replacing a changed draft.
        testData.as("admin", () -> {
            var signals = posters.load(created).section(SectionField.SIGNALS);
            cellEditing.updateCell(created, signals.id(), signals.revision(), "Noe annet");
        });
        long again = testData.fetchAs("admin", () -> transfers.importFile(exported));
        assertThat(again).isEqualTo(created);
        assertThat(testData.fetchAs("admin", () -> transfers.export(created, null)).content()).isEqualTo(before);
    }

    @Test
    void aFileOfTheFirstFormatVersionStillImportsAndAnUnknownVersionIsRefused() {
        String json = new String(exportJson(null), StandardCharsets.UTF_8);
        byte[] first = json.replace("\"formatVersion\" : 2", "\"formatVersion\" : 1").getBytes(StandardCharsets.UTF_8);
        assertThat(testData.fetchAs("admin", () -> transfers.importFile(first))).isEqualTo(posterId);
        assertThat(problems(json.replace("\"formatVersion\" : 2", "\"formatVersion\" : 3")
                .getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .endsWith("har formatversjon 3; denne appen leser versjon 1 til 2.");
    }

    @Test
    void brokenFilesAreRefusedWithEveryProblemInPlainWordsAndChangeNothing() {
        byte[] good = exportJson(null);
        String json = new String(good, StandardCharsets.UTF_8);
        String draftBefore = testData.fetchAs("kari", () -> posters.content(posterId)).toJson();
        int postersBefore = jdbc.queryForObject("select count(*) from poster", Integer.class);

        assertThat(problems(Arrays.copyOf(good, good.length / 2)))
                .singleElement().asString().startsWith("Filen er ikke gyldig JSON (feil ved linje");
        assertThat(problems(new byte[0])).containsExactly("Filen er tom.");
        assertThat(problems("{\"hei\": 1}".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("Filen er ikke en eksport fra Samarbeidsplakaten "
                        + "(feltet «format» skal være «samarbeidsplakat»).");

        String broken = json
                .replace("\"templateVersion\" : 1", "\"templateVersion\" : 9")
                .replace("\"code\" : \"BYM\"", "\"code\" : \"XXX\"")
                .replaceFirst("\"departmentCommitments\" : \\[", "\"departmentCommitments\" : \"tekst\", \"x\" : [")
                .replace("\"frequency\" : \"UP_TO:2:YEAR\"", "\"frequency\" : 12");
        assertThat(problems(broken.getBytes(StandardCharsets.UTF_8))).containsExactlyInAnyOrder(
                "Feltet «agency.code»: viser til organisasjonskoden «XXX», som ikke finnes her.",
                "Feltet «content.templateKey»: viser til malen «oslo-standard» versjon 9, som ikke finnes her.",
                "Feltet «content.departmentCommitments»: skal være en liste, men er tekst.",
                "Feltet «content.meetings[4].values.frequency»: skal være tekst, men er et tall.");

        String badValues = json.replace("\"frequency\" : \"UP_TO:2:YEAR\"", "\"frequency\" : \"hver uke\"")
                .replace("\"name\" : \"Strategimøte <b>\"", "\"name\" : \"  \"")
                .replaceFirst("\"chair\" : \"[a-z-]+\"", "\"chair\" : \"ordfører\"");
        assertThat(problems(badValues.getBytes(StandardCharsets.UTF_8))).hasSizeGreaterThanOrEqualTo(3)
                .anyMatch(p -> p.equals("Møte 1 («Etatsstyringsmøte»), «Leder møtet»: Rollen «ordfører» finnes ikke i rollekatalogen."))
                .anyMatch(p -> p.equals("Møte 5 («  »), «Navn på møtet (det vi kaller det)»: Møtet må ha et navn."))
                .anyMatch(p -> p.startsWith("Møte 5 («  »), «Hyppighet»:"));

        assertThat(jdbc.queryForObject("select count(*) from poster", Integer.class)).isEqualTo(postersBefore);
        assertThat(testData.fetchAs("kari", () -> posters.content(posterId)).toJson()).isEqualTo(draftBefore);
    }

    @Test
    void onlyTheAdminImports() {
        byte[] exported = exportJson(null);
        assertThatThrownBy(() -> testData.as("kari", () -> transfers.importFile(exported)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> problems(byte[] file) {
        try {
            testData.as("admin", () -> transfers.importFile(file));
        } catch (ImportRefusedException e) {
            return e.problems().stream().map((ImportProblem p) -> p.describe(
                    (key, params) -> i18n.getTranslation(key, java.util.Locale.forLanguageTag("nb"), params)))
                    .toList();
        }
        throw new AssertionError("The import was not refused");
    }

    private static PosterContent content(byte[] exported) {
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(exported);
        return PosterContent.fromJson(tree.get("content").toString());
    }
}
