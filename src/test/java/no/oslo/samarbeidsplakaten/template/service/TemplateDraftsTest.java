package no.oslo.samarbeidsplakaten.template.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import no.oslo.samarbeidsplakaten.audit.domain.AuditEventRepository;
import no.oslo.samarbeidsplakaten.audit.domain.AuditKind;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.organisation.domain.RoleTitle;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts.Part;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/** The mayor's office writes, checks, publishes, exports and imports template versions. */
@SpringBootTest
@ActiveProfiles("test")
class TemplateDraftsTest {

    private static final String GUIDANCE = "sections/meetings/guidance/nb";

    @Autowired
    TemplateDrafts drafts;

    @Autowired
    TemplateService templates;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    PosterQueries queries;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestData testData;

    @Autowired
    AuditEventRepository audit;

    @BeforeEach
    void shippedTemplate() {
        testData.resetTemplate();
        testData.account("anne", "Anne Admin", "Seniorrådgiver", "BLK", AppRole.ADMIN);
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
    }

    @AfterEach
    void backToShipped() {
        testData.resetTemplate();
    }

    @Test
    void theDraftStartsAsTheLatestVersionAndKeepsEveryFieldSaved() {
        var draft = admin(() -> drafts.draft());
        assertThat(draft.basedOn()).isEqualTo(1);
        assertThat(draft.nextVersion()).isEqualTo(2);
        String before = draft.value(GUIDANCE);
        assertThat(before).startsWith("Hvilke møter vi har");

        testData.asAdmin(() -> drafts.change(GUIDANCE, before, "Møtene vi holder, med roller."));

        var saved = admin(() -> drafts.draft());
        assertThat(saved.value(GUIDANCE)).isEqualTo("Møtene vi holder, med roller.");
        assertThat(saved.changedBy()).startsWith("Administrator");
        assertThat(templates.current().version()).as("nothing is published by editing").isEqualTo(1);
    }

    @Test
    void aSaveBasedOnAnOldValueIsRefusedAndReturnsTheOtherWritersTextAndName() {
        String before = admin(() -> drafts.draft()).value(GUIDANCE);
        testData.as("anne", () -> drafts.change(GUIDANCE, before, "Annes tekst."));

        assertThatThrownBy(() -> testData.asAdmin(() -> drafts.change(GUIDANCE, before, "Min tekst.")))
                .isInstanceOfSatisfying(TemplateFieldConflict.class, conflict -> {
                    assertThat(conflict.theirs()).isEqualTo("Annes tekst.");
                    assertThat(conflict.author()).startsWith("Anne Admin");
                });
        assertThat(admin(() -> drafts.draft()).value(GUIDANCE)).isEqualTo("Annes tekst.");
    }

    @Test
    void aValueTheFormatCannotHoldIsRefusedAndListsAndNumbersAreStoredAsSuch() {
        assertThatThrownBy(() -> testData.asAdmin(() -> drafts.change("rules/referat-roller/check", "NOT_BLANK", "")))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("template.error.unreadableValue");
        testData.asAdmin(() -> {
            drafts.change("rules/referat-roller/check", "NOT_BLANK", "ONE_OF");
            drafts.change("rules/referat-roller/values", "", "MINUTES,  SUMMARY");
        });

        var rule = admin(() -> drafts.draft()).template().rules().stream()
                .filter(r -> r.key().equals("referat-roller")).findFirst().orElseThrow();
        assertThat(rule.check()).isEqualTo(no.oslo.samarbeidsplakaten.template.domain.PracticeRule.Check.ONE_OF);
        assertThat(rule.values()).containsExactly("MINUTES", "SUMMARY");
        assertThat(admin(() -> drafts.draft()).value("rules/referat-roller/values")).isEqualTo("MINUTES, SUMMARY");
    }

    @Test
    void aCommitmentThatMovedUpIsNotRemovedInPlaceOfTheOneTheEditorShowed() {
        var before = admin(() -> drafts.draft());
        String first = before.value("commitments/department/0");
        String second = before.value("commitments/department/1");
        testData.as("anne", () -> drafts.remove("commitments/department/0", first));

        assertThatThrownBy(() -> testData.asAdmin(() -> drafts.remove("commitments/department/0", first)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("template.error.gone");
        assertThat(admin(() -> drafts.draft()).value("commitments/department/0")).isEqualTo(second);
    }

    @Test
    void onlyAdministratorsMayWriteTheTemplate() {
        assertThatThrownBy(() -> testData.as("kari", () -> drafts.draft()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void publishingIsRefusedWhileTheChecksFindProblemsAndEveryProblemIsListed() {
        testData.asAdmin(() -> {
            drafts.add(Part.QUESTION);
            String rule = "rules/etatsstyring-referat/meetingType";
            drafts.change(rule, "etatsstyringsmote", "finnes-ikke");
            drafts.change("sections/signals/title/en", "4 Steering signals", "");
        });

        var problems = admin(() -> drafts.problems());
        assertThat(problems).extracting(TemplateProblem::messageKey).containsExactlyInAnyOrder(
                "template.check.sectionTitle", "template.check.question", "template.check.ruleMeetingType");
        assertThatThrownBy(() -> testData.asAdmin(() -> drafts.publish("Ny versjon", false)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("template.publish.problems");
        assertThat(templates.versions()).hasSize(1);
    }

    @Test
    void monthsThatAreNotMonthsAreAProblemBeforePublishing() {
        testData.asAdmin(() -> {
            drafts.change("meetings/etatsstyringsmote/cells/months", "2,5,9,11", "2,5,13");
            drafts.change("cells/documents.allocation.months", "1", "januar");
        });
        assertThat(admin(() -> drafts.problems())).extracting(TemplateProblem::messageKey)
                .containsExactlyInAnyOrder("template.check.months",
                        "template.check.months.documents.allocation.months");
    }

    @Test
    void aPublishedVersionIsWhatNewPostersStartFromAndTheOldOneStaysAsItWas() {
        long logged = publications();
        testData.asAdmin(() -> {
            drafts.change(GUIDANCE, drafts.draft().value(GUIDANCE), "Møtene vi holder, med roller.");
            String question = drafts.add(Part.QUESTION);
            drafts.change(question + "/nb", "", "Hvem tar opp risiko først?");
            drafts.change(question + "/en", "", "Who raises risk first?");
            assertThat(drafts.publish("Ny veiledning og et nytt spørsmål.", false)).isEqualTo(2);
        });

        assertThat(templates.versions()).extracting(TemplateService.VersionInfo::version).containsExactly(2, 1);
        assertThat(templates.versions().getFirst().changeNote()).isEqualTo("Ny veiledning og et nytt spørsmål.");
        assertThat(publications()).as("the event log tells who published").isEqualTo(logged + 1);
        assertThat(templates.byKeyAndVersion(TemplateService.OSLO_STANDARD, 1).section("meetings").orElseThrow()
                .guidance().nb()).startsWith("Hvilke møter vi har");
        var next = admin(() -> drafts.draft());
        assertThat(next.basedOn()).isEqualTo(2);

        long posterId = testData.fetchAs("kari",
                () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM")));
        var poster = testData.fetchAs("kari", () -> queries.load(posterId));
        assertThat(poster.template().version()).isEqualTo(2);
        assertThat(poster.template().section("meetings").orElseThrow().guidance().nb())
                .isEqualTo("Møtene vi holder, med roller.");
        var newQuestion = poster.template().reflectionQuestions().getLast();
        assertThat(newQuestion.nb()).isEqualTo("Hvem tar opp risiko først?");
        assertThat(poster.reflection(newQuestion.key()).value()).as("the new question has an answer field")
                .isEmpty();
    }

    @Test
    void removingAMeetingTypeThatPostersUseNamesThemAndAsksBeforePublishing() {
        testData.fetchAs("kari",
                () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM")));
        testData.asAdmin(() -> drafts.remove("meetings/fagmote", ""));

        assertThat(admin(() -> drafts.usedBy("meetings/kontaktmote")))
                .containsExactly("Byrådsavdeling for miljø og samferdsel – Bymiljøetaten");
        var removals = admin(() -> drafts.removals());
        assertThat(removals).singleElement().satisfies(removal -> {
            assertThat(removal.name()).isEqualTo("Fagmøte");
            assertThat(removal.posters()).containsExactly("Byrådsavdeling for miljø og samferdsel – Bymiljøetaten");
        });
        assertThatThrownBy(() -> testData.asAdmin(() -> drafts.publish("Uten fagmøter", false)))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("template.publish.confirmRemovals");
        assertThat(templates.versions()).hasSize(1);

        testData.asAdmin(() -> drafts.publish("Uten fagmøter", true));
        assertThat(templates.current().meetingType("fagmote")).isEmpty();
    }

    @Test
    void aPublishedRoleCatalogueIsWhatMeetingsOfferWhileRetiredRolesKeepTheirNames() {
        testData.asAdmin(() -> {
            String role = drafts.add(Part.ROLE_AGENCY);
            drafts.change(role + "/nb", "", "Økonomisjef i virksomheten");
            drafts.change(role + "/en", "", "Agency finance director");
            drafts.remove("roles/ass-kommunaldirektor", "");
            drafts.publish("Rollekatalogen", false);
        });

        assertThat(organisations.offeredRoles()).extracting(r -> r.label(java.util.Locale.of("nb")))
                .contains("Økonomisjef i virksomheten").doesNotContain("Assisterende kommunaldirektør");
        assertThat(organisations.roleLabels(java.util.Locale.of("nb")))
                .containsEntry("ass-kommunaldirektor", "Assisterende kommunaldirektør");
        assertThat(organisations.roleCatalogue()).filteredOn(RoleTitle::isRetired).extracting(RoleTitle::getKey)
                .containsExactly("ass-kommunaldirektor");
    }

    @Test
    void aBrokenFileIsListedProblemByProblemAndChangesNothing() {
        var before = admin(() -> drafts.draft());
        String file = admin(() -> drafts.exportVersion(1)).orElseThrow()
                .replace("\"2 Steering documents\"", "\"\"")
                .replace("\"meetingType\" : \"kontaktmote\"", "\"meetingType\" : \"finnes-ikke\"");

        var problems = admin(() -> drafts.importJson(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(problems).extracting(TemplateProblem::messageKey).containsExactlyInAnyOrder(
                "template.check.sectionTitle", "template.check.ruleMeetingType");
        assertThat(admin(() -> drafts.importJson("ikke json".getBytes(StandardCharsets.UTF_8))))
                .extracting(TemplateProblem::messageKey).containsExactly("template.import.unreadable");
        String holes = file.replace("\"side\" : \"POLITICAL\",", "").replace("\"formality\" : \"FORMAL\",", "");
        assertThat(admin(() -> drafts.importJson(holes.getBytes(StandardCharsets.UTF_8))))
                .extracting(TemplateProblem::messageKey).contains("template.check.roleSide",
                        "template.check.meetingFormality");
        assertThat(admin(() -> drafts.draft()).revision()).isEqualTo(before.revision());
    }

    @Test
    void anotherInstallationsFileBecomesTheDraftToReviewAndPublish() {
        String file = admin(() -> drafts.exportVersion(1)).orElseThrow()
                .replace("Oslo kommunes standardmal for samarbeidsplakat", "Bergen kommunes mal")
                .replace("\"key\" : \"oslo-standard\"", "\"key\" : \"bergen\"");

        assertThat(admin(() -> drafts.importJson(file.getBytes(StandardCharsets.UTF_8)))).isEmpty();

        assertThat(admin(() -> drafts.draft()).value("name")).isEqualTo("Bergen kommunes mal");
        testData.asAdmin(() -> drafts.publish("Fra Bergen", false));
        assertThat(templates.current().name()).isEqualTo("Bergen kommunes mal");
        assertThat(templates.current().key()).isEqualTo(TemplateService.OSLO_STANDARD);
    }

    private long publications() {
        return audit.find(AuditKind.TEMPLATE_PUBLISHED, "", PageRequest.of(0, 1000)).size();
    }

    private <T> T admin(java.util.function.Supplier<T> action) {
        return testData.fetchAs("admin", action);
    }
}
