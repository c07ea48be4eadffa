package no.oslo.samarbeidsplakaten.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.review.service.ReviewReminders;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The reminder mails, received by an SMTP server inside the test as the members' mail server would. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
        "samarbeidsplakaten.public-address=https://plakat.example"})
@ActiveProfiles("test")
class ReviewRemindersTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReviewReminders reminders;

    @Autowired
    TestData testData;

    long posterId;
    LocalDate today;

    @BeforeEach
    void agreedPosterWithMembersWhoGaveAnAddress() {
        posterId = testData.agreedMosBymPoster();
        testData.email("kari", "kari.nordmann@mos.example");
        testData.email("per", "per.hansen@bym.example");
        testData.member("frida", "Frida Finans", "Kommunaldirektør", "FIN");
        testData.email("frida", "frida@fin.example");
        today = LocalDate.now(OsloTime.ZONE);
    }

    @Test
    void thirtyDaysBeforeTheReviewEachMemberGetsOneMailAndOnlyOne() throws Exception {
        testData.reviewOn(posterId, today.plusDays(30));
        assertThat(reminders.sendDue()).isEqualTo(2);
        assertThat(reminders.sendDue()).as("a second run the same day sends nothing").isZero();

        var mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(recipients(mails)).containsExactlyInAnyOrder("kari.nordmann@mos.example", "per.hansen@bym.example");
        MimeMessage mail = mails[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).as("each mail to one member").hasSize(1);
        assertThat(mail.getSubject()).startsWith("Samarbeidsplakaten Byrådsavdeling for miljø og samferdsel – "
                + "Bymiljøetaten skal revideres innen");
        assertThat(GreenMailUtil.getBody(mail)).contains("om 30 dager").contains("versjon 1")
                .contains("https://plakat.example/plakat/" + posterId);
    }

    @Test
    void onTheDayTheyGetTheSecondMail() {
        testData.reviewOn(posterId, today.plusDays(30));
        reminders.sendDue();
        testData.reviewOn(posterId, today);
        assertThat(reminders.sendDue()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReviewRemindersTest::subject).toList())
                .filteredOn(s -> s.endsWith("skal revideres nå")).hasSize(2);
        assertThat(reminders.sendDue()).isZero();
    }

    @Test
    void noMailOutsideTheWindowsAndNoneForAPosterNotAgreed() {
        testData.reviewOn(posterId, today.plusDays(45));
        assertThat(reminders.sendDue()).isZero();
        testData.reviewOn(posterId, today.minusDays(30));
        assertThat(reminders.sendDue()).as("long past: not caught up").isZero();
        long draftOnly = testData.freshMosBymPoster();
        testData.reviewOn(draftOnly, today.plusDays(30));
        assertThat(reminders.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aMemberWhoseAddressIsRefusedDoesNotHoldUpTheOthersNorMakeThemGetItTwice() {
        testData.email("kari", "kari@@mos");
        testData.reviewOn(posterId, today.plusDays(30));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(subject(smtp.getReceivedMessages()[0])).contains("skal revideres innen");
    }

    @Test
    void whenNoMailGetsThroughTheReminderIsTriedAgainOnTheNextRun() {
        testData.email("kari", "kari@@mos");
        testData.email("per", "per@@bym");
        testData.reviewOn(posterId, today.plusDays(30));
        assertThat(reminders.sendDue()).isZero();
        testData.email("per", "per.hansen@bym.example");
        assertThat(reminders.sendDue()).as("not recorded as sent, so tried again").isEqualTo(1);
    }

    @Test
    void aDayTheServerMissedIsCaughtUpWithinAWeek() {
        testData.reviewOn(posterId, today.plusDays(27));
        assertThat(reminders.sendDue()).isEqualTo(2);
        assertThat(subject(smtp.getReceivedMessages()[0])).contains("skal revideres innen");
    }

    private static List<String> recipients(MimeMessage[] mails) throws Exception {
        var all = new java.util.ArrayList<String>();
        for (MimeMessage mail : mails) {
            for (var address : mail.getRecipients(Message.RecipientType.TO)) {
                all.add(address.toString());
            }
        }
        return all;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
