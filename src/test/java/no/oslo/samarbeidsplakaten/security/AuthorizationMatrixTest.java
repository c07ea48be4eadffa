package no.oslo.samarbeidsplakaten.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.oslo.samarbeidsplakaten.audit.service.AuditLog;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.export.service.ExportService;
import no.oslo.samarbeidsplakaten.export.service.TransferService;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterFilter;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterReaders;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.poster.service.TemplateAdoption;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.GuestPrincipal;
import no.oslo.samarbeidsplakaten.security.service.UserService;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every role against every service method that reads or changes a poster, or belongs to the admin: expected allow
 * or deny. "Allowed" means the call got past the access rules (it may still be refused for a business reason, such
 * as the admin having no side to approve for).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Role { ADMIN, MEMBER_DEPARTMENT, MEMBER_AGENCY, MEMBER_OTHER, READER_GIVEN, READER_NOT_GIVEN, GUEST,
        GUEST_OF_CLOSED, ANONYMOUS }

    private static final Set<Role> WORKERS = Set.of(Role.ADMIN, Role.MEMBER_DEPARTMENT, Role.MEMBER_AGENCY,
            Role.GUEST);
    private static final Set<Role> VERSION_READERS = Set.of(Role.ADMIN, Role.MEMBER_DEPARTMENT, Role.MEMBER_AGENCY,
            Role.GUEST, Role.READER_GIVEN);
    private static final Set<Role> FACILITATORS = Set.of(Role.ADMIN, Role.MEMBER_DEPARTMENT, Role.MEMBER_AGENCY);
    private static final Set<Role> ADMINS = Set.of(Role.ADMIN);

    @Autowired
    TestData testData;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posters;

    @Autowired

    PosterReaders readers;

    @Autowired

    PosterStructure structure;

    @Autowired
    VersioningService versioning;

    @Autowired
    WorkshopService workshops;

    @Autowired
    FlagService flags;

    @Autowired
    ExportService exports;

    @Autowired
    TransferService transfers;

    @Autowired
    UserService users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    TemplateDrafts templateDrafts;

    @Autowired
    TemplateAdoption adoption;

    @Autowired
    AppUserRepository userRepository;

    long posterId;
    long otherPosterId;
    GuestPrincipal guest;
    GuestPrincipal guestOfClosed;
    byte[] exportFile;

    private boolean prepared;

    /** Once for all the checks (security contexts are only ready per test method, not in a @BeforeAll). */
    @BeforeEach
    void aPosterWithAVersionAnOpenWorkshopAndOneAnotherPair() {
        if (prepared) {
            return;
        }
        prepared = true;
        posterId = testData.freshMosBymPoster();
        testData.member("ola", "Ola Utenfor", "Rådgiver", "UDE");
        testData.account("rita", "Rita Leser", "Rådgiver", "BLK", AppRole.READER);
        testData.account("rune", "Rune Leser", "Rådgiver", "BLK", AppRole.READER);
        otherPosterId = testData.fetchAs("admin",
                () -> lifecycle.create(testData.organisationId("OBK"), testData.organisationId("UDE")));
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Første", LocalDate.now().plusYears(1)));
        testData.as("admin", () -> readers.givePosters(userRepository.findByUsername("rita").orElseThrow().getId(),
                Set.of(posterId)));
        var closed = testData.fetchAs("admin", () -> workshops.open(otherPosterId));
        guestOfClosed = workshops.joinAsGuest(closed.joinCode(), "Gunn", Side.AGENCY, "Rådgiver", "matrix");
        testData.as("admin", () -> workshops.close(otherPosterId));
        var open = testData.fetchAs("kari", () -> workshops.open(posterId));
        guest = workshops.joinAsGuest(open.joinCode(), "Gro Gjest", Side.AGENCY, "Seksjonssjef", "matrix");
        exportFile = testData.fetchAs("admin", () -> transfers.toJson(transfers.export(posterId, null)));
    }

    /** The service calls, each with the roles that may make it. */
    private Map<String, Map.Entry<Set<Role>, Runnable>> operations() {
        var ops = new LinkedHashMap<String, Map.Entry<Set<Role>, Runnable>>();
        ops.put("read the draft", Map.entry(WORKERS, () -> posters.load(posterId)));
        ops.put("edit a cell", Map.entry(WORKERS, () -> {
            var cell = posters.load(posterId).section(SectionField.SIGNALS);
            cellEditing.updateCell(posterId, cell.id(), cell.revision(), "Endret " + System.nanoTime());
        }));
        ops.put("add a meeting", Map.entry(WORKERS, () -> structure.addMeeting(posterId, "Nytt møte",
                Formality.INFORMAL)));
        ops.put("read the edit trail", Map.entry(WORKERS, () -> posters.trail(posterId, java.time.Instant.EPOCH, "",
                PageRequest.of(0, 10))));
        ops.put("flag an open question", Map.entry(WORKERS, () -> flags.openFlags(posterId)));
        ops.put("see the approvals", Map.entry(WORKERS, () -> versioning.status(posterId)));
        ops.put("approve", Map.entry(WORKERS, () -> versioning.approve(posterId)));
        ops.put("restore a version", Map.entry(WORKERS, () -> versioning.restore(posterId, 1)));
        ops.put("compare with the draft", Map.entry(WORKERS, () -> versioning.compare(posterId, 1, null,
                (k, v) -> v)));
        ops.put("print the draft", Map.entry(WORKERS, () -> exports.printable(posterId, null, false, Locale.ROOT,
                "/")));
        ops.put("export JSON", Map.entry(WORKERS, () -> transfers.export(posterId, null)));
        ops.put("open the workshop", Map.entry(FACILITATORS, () -> workshops.open(posterId)));
        ops.put("read the poster's line", Map.entry(VERSION_READERS, () -> posters.summary(posterId)));
        ops.put("read the history", Map.entry(VERSION_READERS, () -> versioning.history(posterId,
                PageRequest.of(0, 10))));
        ops.put("read version 1", Map.entry(VERSION_READERS, () -> versioning.version(posterId, 1)));
        ops.put("compare versions", Map.entry(VERSION_READERS, () -> versioning.compare(posterId, 1, 1,
                (k, v) -> v)));
        ops.put("print version 1", Map.entry(VERSION_READERS, () -> exports.printable(posterId, 1, false,
                Locale.ROOT, "/")));
        ops.put("import a file", Map.entry(ADMINS, () -> transfers.preview(exportFile)));
        ops.put("list users", Map.entry(ADMINS, () -> users.list()));
        ops.put("read the audit log", Map.entry(ADMINS, () -> auditLog.find(null, "", PageRequest.of(0, 10))));
        ops.put("give a reader posters", Map.entry(ADMINS, () -> readers.postersGivenTo(0)));
        ops.put("read the template draft", Map.entry(ADMINS, () -> templateDrafts.draft()));
        ops.put("export a template version", Map.entry(ADMINS, () -> templateDrafts.exportVersion(1)));
        ops.put("preview a newer template", Map.entry(WORKERS, () -> adoption.preview(posterId)));
        ops.put("adopt a newer template", Map.entry(WORKERS, () -> adoption.adopt(posterId,
                new TemplateAdoption.Offer(0, 0, ""), java.util.List.of(), Set.of())));
        return ops;
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryServiceMethod() {
        var tests = new ArrayList<DynamicTest>();
        for (Role role : Role.values()) {
            operations().forEach((name, rule) -> {
                boolean expected = rule.getKey().contains(role);
                tests.add(DynamicTest.dynamicTest(role + " " + (expected ? "may " : "may not ") + name,
                        () -> assertThat(allowed(role, rule.getValue())).isEqualTo(expected)));
            });
        }
        return tests.stream();
    }

    @Test
    void eachRoleSeesOnlyItsPostersInTheOversikt() {
        // Other tests of this class may add a poster of MOS's; the one of OBK/UDE stays out of MOS's sight.
        assertThat(visible(Role.ADMIN)).contains(posterId, otherPosterId);
        assertThat(visible(Role.MEMBER_DEPARTMENT)).contains(posterId).doesNotContain(otherPosterId);
        assertThat(visible(Role.MEMBER_OTHER)).containsExactly(otherPosterId);
        assertThat(visible(Role.READER_GIVEN)).containsExactly(posterId);
        assertThat(visible(Role.READER_NOT_GIVEN)).isEmpty();
    }

    @Test
    void aMemberCreatesPostersOnlyForPairsOfTheirOwnOrganisation() {
        assertThat(createVavPoster(Role.MEMBER_AGENCY)).isEqualTo("error.poster.notYourPair");
        assertThat(createVavPoster(Role.MEMBER_OTHER)).isEqualTo("error.poster.notYourPair");
        assertThat(createVavPoster(Role.READER_GIVEN)).isEqualTo("denied");
        assertThat(createVavPoster(Role.MEMBER_DEPARTMENT)).isEqualTo("created");
    }

    @Test
    void onlyThePairsMembersApproveEachForTheirOwnSideAndGuestsNeitherApproveNorLock() {
        assertThat(approvingSide(Role.MEMBER_DEPARTMENT)).contains(Side.DEPARTMENT);
        assertThat(approvingSide(Role.MEMBER_AGENCY)).contains(Side.AGENCY);
        assertThat(approvingSide(Role.ADMIN)).isEmpty();
        assertThat(approvingSide(Role.GUEST)).as("a guest on the agency's side").isEmpty();
        assertThat(refusal(Role.GUEST, () -> versioning.approve(posterId))).isEqualTo("error.approval.guest");
        assertThat(refusal(Role.ADMIN, () -> versioning.approve(posterId))).isEqualTo("error.approval.side");
        assertThat(refusal(Role.GUEST, () -> versioning.lock(posterId, "Gjestene låser", LocalDate.now()
                .plusYears(1)))).isEqualTo("error.approval.guest");
    }

    private java.util.Optional<Side> approvingSide(Role role) {
        var side = new java.util.concurrent.atomic.AtomicReference<java.util.Optional<Side>>();
        as(role, () -> side.set(versioning.approvingSide(posterId)));
        return side.get();
    }

    private String refusal(Role role, Runnable action) {
        try {
            as(role, action);
            return "done";
        } catch (DomainException e) {
            return e.getMessageKey();
        }
    }

    private String createVavPoster(Role role) {
        try {
            as(role, () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("VAV")));
            return "created";
        } catch (AccessDeniedException e) {
            return "denied";
        } catch (DomainException e) {
            return e.getMessageKey();
        }
    }

    private List<Long> visible(Role role) {
        var ids = new ArrayList<Long>();
        as(role, () -> posters.findSummaries(new PosterFilter("", null), PageRequest.of(0, 100))
                .forEach(p -> ids.add(p.id())));
        return ids;
    }

    private boolean allowed(Role role, Runnable operation) {
        try {
            as(role, operation);
            return true;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
            return false;
        } catch (DomainException e) {
            return true;
        }
    }

    private void as(Role role, Runnable action) {
        switch (role) {
            case ADMIN -> testData.as("admin", action);
            case MEMBER_DEPARTMENT -> testData.as("kari", action);
            case MEMBER_AGENCY -> testData.as("per", action);
            case MEMBER_OTHER -> testData.as("ola", action);
            case READER_GIVEN -> testData.as("rita", action);
            case READER_NOT_GIVEN -> testData.as("rune", action);
            case GUEST -> testData.asGuest(guest, action);
            case GUEST_OF_CLOSED -> testData.asGuest(guestOfClosed, action);
            case ANONYMOUS -> testData.anonymously(action);
        }
    }
}
