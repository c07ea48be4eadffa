package no.oslo.samarbeidsplakaten.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.oslo.samarbeidsplakaten.audit.domain.AuditEvent;
import no.oslo.samarbeidsplakaten.audit.service.AuditLog;
import no.oslo.samarbeidsplakaten.export.service.TransferService;
import no.oslo.samarbeidsplakaten.poster.service.PosterReaders;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.NewUser;
import no.oslo.samarbeidsplakaten.security.service.UserService;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit log only listens: each feature says what it did, and the log writes one line per thing done, naming who
 * did it, once it has committed.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditTrailTest {

    @Autowired
    TestData testData;

    @Autowired
    AuditLog auditLog;

    @Autowired
    WorkshopService workshops;

    @Autowired
    VersioningService versioning;

    @Autowired
    TransferService transfers;

    @Autowired
    PosterReaders readers;

    @Autowired
    UserService users;

    @Test
    void everyAuditedActionLeavesOneLineWithWhoDidItAndWhat() {
        long posterId = testData.freshMosBymPoster();
        var workshop = testData.fetchAs("kari", () -> workshops.open(posterId));
        testData.anonymously(() -> workshops.joinAsGuest(workshop.joinCode(), "Gro Gjest", Side.AGENCY, "Rådgiver",
                "10.0.0.7"));
        testData.as("kari", () -> workshops.close(posterId));
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.lock(posterId, "Første", LocalDate.now().plusYears(1)));
        testData.as("kari", () -> versioning.restore(posterId, 1));
        byte[] file = testData.fetchAs("kari", () -> transfers.toJson(transfers.export(posterId, 1)));
        var reader = testData.fetchAs("admin", () -> users.create(new NewUser("revisor-logg", "Rita Revisor",
                "Revisor", testData.organisationId("BLK"), AppRole.READER, "et langt passord for revisor")));
        testData.asAdmin(() -> readers.givePosters(reader.id(), Set.of(posterId)));
        assertThat(lines(posterId)).containsExactly(
                "WORKSHOP_OPENED kari: Kari Nordmann (Kommunaldirektør) ",
                "JOINED system Gro Gjest (Rådgiver, AGENCY), 10.0.0.7",
                "WORKSHOP_CLOSED kari: Kari Nordmann (Kommunaldirektør) ",
                "APPROVED kari: Kari Nordmann (Kommunaldirektør) DEPARTMENT",
                "APPROVED per: Per Hansen (Etatssjef) AGENCY",
                "LOCKED per: Per Hansen (Etatssjef) versjon 1",
                "RESTORED kari: Kari Nordmann (Kommunaldirektør) versjon 1",
                "EXPORTED kari: Kari Nordmann (Kommunaldirektør) JSON versjon 1");

        testData.removePosters();
        long imported = testData.fetchAs("admin", () -> transfers.importFile(file));
        assertThat(lines(imported)).containsExactly("IMPORTED admin: Administrator (Administrator) MOS/BYM");
        var accountLines = testData.fetchAs("admin", () -> auditLog.find(null, "revisor-logg",
                PageRequest.of(0, 10)));
        assertThat(accountLines).extracting(AuditEvent::getDetail).containsExactly(
                "revisor-logg (READER, " + testData.organisation("BLK").getName() + ")");
        var accessLines = testData.fetchAs("admin", () -> auditLog.find(null, "leser plakat",
                PageRequest.of(0, 10)));
        assertThat(accessLines).extracting(AuditEvent::getDetail)
                .filteredOn(detail -> detail.startsWith("bruker " + reader.id() + " "))
                .containsExactly("bruker " + reader.id() + " leser plakat [" + posterId + "]");
    }

    /** The poster's lines, oldest first, as "KIND actor detail". */
    private List<String> lines(long posterId) {
        return testData.fetchAs("admin", () -> auditLog.find(null, "", PageRequest.of(0, 500))).stream()
                .filter(e -> e.getPosterId() != null && e.getPosterId() == posterId)
                .sorted(java.util.Comparator.comparing(AuditEvent::getOccurredAt).thenComparing(AuditEvent::getId))
                .map(e -> e.getKind() + " " + e.getActor() + " " + e.getDetail())
                .toList();
    }
}
