package no.oslo.samarbeidsplakaten.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.review.service.ReviewReminders;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.ActiveProfiles;

/** The app as it ships: no mail server configured, so a poster due for review sends nothing anywhere. */
@SpringBootTest
@ActiveProfiles("test")
class NoMailWithoutConfigurationTest {

    /** Listening where a misconfigured sender might send to. */
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReviewReminders reminders;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestData testData;

    @Test
    void aPosterDueForReviewSendsNoMailWhenNoMailServerIsConfigured() {
        long posterId = testData.agreedMosBymPoster();
        testData.email("kari", "kari.nordmann@mos.example");
        testData.reviewOn(posterId, LocalDate.now(OsloTime.ZONE).plusDays(30));

        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
        assertThat(reminders.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
