package no.oslo.samarbeidsplakaten.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.GuestPrincipal;
import no.oslo.samarbeidsplakaten.support.SignIn;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.workshop.service.FlagService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithUserDetails("admin")
class WorkshopServiceTest {

    @Autowired
    WorkshopService workshops;

    @Autowired
    CellEditing cellEditing;

    @Autowired

    PosterLifecycle lifecycle;

    @Autowired

    PosterQueries posters;

    @Autowired
    FlagService flags;

    @Autowired
    LiveBroadcaster broadcaster;

    @Autowired
    TestData testData;

    long posterId;
    long otherPosterId;

    @BeforeEach
    void posters() {
        testData.removePosters();
        posterId = lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM"));
        otherPosterId = lifecycle.create(testData.organisationId("OBK"), testData.organisationId("UDE"));
    }

    @Test
    void aWorkshopHasOneHardToGuessCodeWhileOpen() {
        var first = workshops.open(posterId);
        var again = workshops.open(posterId);

        assertThat(again.joinCode()).isEqualTo(first.joinCode());
        assertThat(first.joinCode()).hasSize(8).matches("[A-HJ-KM-NP-Z2-9]{8}");
        assertThat(first.displayCode()).isEqualTo(first.joinCode().substring(0, 4) + "-"
                + first.joinCode().substring(4));
        assertThat(workshops.findOpenByCode(" " + first.displayCode().toLowerCase() + " ", "10.0.0.1")).map(w -> w.id())
                .contains(first.id());

        workshops.close(posterId);
        assertThat(workshops.findOpen(posterId)).isEmpty();
        assertThat(workshops.findOpenByCode(first.joinCode(), "10.0.0.1")).isEmpty();
        assertThat(workshops.open(posterId).joinCode()).isNotEqualTo(first.joinCode());
    }

    @Test
    void aGuestWorksOnTheirPosterOnlyAndOnlyWhileTheWorkshopIsOpen() {
        var workshop = workshops.open(posterId);
        GuestPrincipal guest = workshops.joinAsGuest(workshop.joinCode(), "Ola Nordmann", Side.AGENCY, "Etatssjef", "10.0.0.2");
        assertThat(workshops.participants(workshop.id())).extracting(p -> p.getRoleTitle())
                .contains("Etatssjef");

        SignIn.asGuest(guest);
        var purpose = posters.load(posterId).section(SectionField.PURPOSE);
        cellEditing.updateCell(posterId, purpose.id(), purpose.revision(), "Skrevet av en gjest");
        assertThatThrownBy(() -> posters.load(otherPosterId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workshops.close(posterId)).isInstanceOf(AccessDeniedException.class);

        testData.asAdmin(() -> workshops.close(posterId));

        SignIn.asGuest(guest);
        assertThatThrownBy(() -> posters.load(posterId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cellEditing.updateCell(posterId, purpose.id(), purpose.revision() + 1, "Etter stengt"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void joiningNeedsAValidCodeAndAName() {
        var workshop = workshops.open(posterId);
        assertThatThrownBy(() -> workshops.joinAsGuest("FEILKODE", "Ola", Side.AGENCY, "Rådgiver", "10.0.0.3"))
                .extracting("messageKey").isEqualTo("error.workshop.code");
        assertThatThrownBy(() -> workshops.joinAsGuest(workshop.joinCode(), " ", Side.AGENCY, "Rådgiver", "10.0.0.3"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.workshop.name");
        assertThatThrownBy(() -> workshops.joinAsGuest(workshop.joinCode(), "Ola", null, "Rådgiver", "10.0.0.3"))
                .extracting("messageKey").isEqualTo("error.workshop.side");
    }

    @Test
    void tenWrongCodesShutAnAddressOutUntilTheFacilitatorLiftsTheBlockForTheirRoom() {
        var workshop = workshops.open(posterId);
        for (int i = 0; i < 8; i++) {
            assertThat(workshops.findOpenByCode("AAAA-AAAA", "10.0.0.9")).isEmpty();
        }
        // A guest's failed join rolls back, but the wrong code it typed still counts.
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> workshops.joinAsGuest("AAAA-AAAA", "Ola", Side.AGENCY, "Rådgiver", "10.0.0.9"))
                    .extracting("messageKey").isEqualTo("error.workshop.code");
        }

        assertThatThrownBy(() -> workshops.findOpenByCode(workshop.joinCode(), "10.0.0.9"))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("error.workshop.tooManyTries");
        assertThatThrownBy(() -> workshops.joinAsGuest(workshop.joinCode(), "Ola", Side.AGENCY, "Rådgiver",
                "10.0.0.9")).extracting("messageKey", "arguments").containsExactly("error.workshop.tooManyTries",
                new Object[] {10L});
        assertThat(workshops.findOpenByCode(workshop.joinCode(), "10.0.0.10")).isPresent();

        for (int i = 0; i < 10; i++) {
            workshops.findOpenByCode("BBBB-BBBB", "10.0.0.11");
        }
        workshops.liftJoinBlock(posterId, "10.0.0.9");
        assertThat(workshops.findOpenByCode(workshop.joinCode(), "10.0.0.9")).isPresent();
        assertThatThrownBy(() -> workshops.findOpenByCode(workshop.joinCode(), "10.0.0.11"))
                .as("a block elsewhere stays").extracting("messageKey").isEqualTo("error.workshop.tooManyTries");
    }

    @Test
    void committedEditsAndFlagsAreBroadcastToThePostersSubscribersOnly() throws InterruptedException {
        List<LiveEvent> seen = new CopyOnWriteArrayList<>();
        List<LiveEvent> seenElsewhere = new CopyOnWriteArrayList<>();
        var registration = broadcaster.subscribe(posterId, seen::add);
        var other = broadcaster.subscribe(otherPosterId, seenElsewhere::add);
        try {
            var signals = posters.load(posterId).section(SectionField.SIGNALS);
            cellEditing.updateCell(posterId, signals.id(), signals.revision(), "Sendt til alle");
            long flagId = flags.flag(posterId, signals.id(), null, "Styringssignaler", "Hvem skriver?");
            assertThat(flags.openFlags(posterId)).extracting(FlagService.OpenFlag::comment)
                    .containsExactly("Hvem skriver?");
            flags.resolve(posterId, flagId);
            assertThat(flags.openFlags(posterId)).isEmpty();

            long deadline = System.currentTimeMillis() + 5000;
            while (seen.size() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(new ArrayList<>(seen)).hasSize(3).first().isInstanceOfSatisfying(CellChanged.class,
                    change -> {
                        assertThat(change.value()).isEqualTo("Sendt til alle");
                        assertThat(change.cellId()).isEqualTo(signals.id());
                    });
            assertThat(seenElsewhere).isEmpty();
        } finally {
            registration.remove();
            other.remove();
        }
    }
}
