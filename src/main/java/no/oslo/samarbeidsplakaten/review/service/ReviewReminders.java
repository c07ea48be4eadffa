package no.oslo.samarbeidsplakaten.review.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabelSource;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.PosterSummaries;
import no.oslo.samarbeidsplakaten.review.domain.Reminder;
import no.oslo.samarbeidsplakaten.review.domain.SentReminder;
import no.oslo.samarbeidsplakaten.review.domain.SentReminderRepository;
import no.oslo.samarbeidsplakaten.security.service.MemberAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the pair's members when their poster is due for review: one mail 30 days before the date and one on the day
 * (a day the server missed is caught up within a week). Without {@code spring.mail.host} there is no mail sender and
 * nothing is sent. Each reminder is recorded in the same transaction that sends it, so it goes out once, also with two
 * nodes running the same schedule: the second one's record is refused.
 */
@Service
public class ReviewReminders {

    private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);
    private static final Locale MAIL_LOCALE = Locale.forLanguageTag("nb");

    private final PosterSummaries posters;
    private final MemberAddresses addresses;
    private final SentReminderRepository sent;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final PosterLabelSource labels;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final String publicAddress;

    ReviewReminders(PosterSummaries posters, MemberAddresses addresses, SentReminderRepository sent,
            ObjectProvider<JavaMailSender> mailSender, PosterLabelSource labels, TransactionTemplate transactions,
            Clock clock, @Value("${samarbeidsplakaten.review.mail-from}") String from,
            @Value("${samarbeidsplakaten.public-address:}") String publicAddress) {
        this.posters = posters;
        this.addresses = addresses;
        this.sent = sent;
        this.mailSender = mailSender;
        this.labels = labels;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
        this.publicAddress = publicAddress.endsWith("/") ? publicAddress.substring(0, publicAddress.length() - 1)
                : publicAddress;
    }

    /** @return how many mails went out */
    @Scheduled(cron = "${samarbeidsplakaten.review.reminder-cron}", zone = "Europe/Oslo")
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(OsloTime.ZONE));
        int mails = 0;
        for (PosterSummary poster : posters.all()) {
            if (poster.agreedVersion() == null || poster.nextReview() == null) {
                continue;
            }
            var reminder = Reminder.on(today, poster.nextReview());
            if (reminder.isPresent()) {
                mails += send(sender, poster, reminder.get(), today);
            }
        }
        return mails;
    }

    /**
     * Claims the reminder first (its row commits before any mail goes out, so a second node finds it taken), then mails
     * each member on their own. A member whose address the server refuses does not hold back the others, nor make them
     * get it twice; only when no mail at all went out is the claim given up, for the next run to try again.
     */
    private int send(JavaMailSender sender, PosterSummary poster, Reminder reminder, LocalDate today) {
        var key = new SentReminder.Key(poster.id(), poster.nextReview(), reminder);
        if (sent.existsById(key)) {
            return 0;
        }
        List<String> recipients = addresses.of(List.of(poster.departmentId(), poster.agencyId()));
        if (recipients.isEmpty()) {
            // Not recorded: a member who adds an address within the week still gets it.
            return 0;
        }
        try {
            transactions.executeWithoutResult(status -> sent.saveAndFlush(new SentReminder(poster.id(),
                    poster.nextReview(), reminder, clock.instant(), recipients.size())));
        } catch (DataIntegrityViolationException sentByAnotherNode) {
            return 0;
        }
        int delivered = 0;
        for (String recipient : recipients) {
            try {
                sender.send(message(poster, reminder, today, recipient));
                delivered++;
            } catch (MailException e) {
                log.warn("Review reminder {} for poster {} not sent to one member: {}", reminder, poster.id(),
                        e.getMessage());
            }
        }
        if (delivered == 0) {
            transactions.executeWithoutResult(status -> sent.deleteById(key));
            return 0;
        }
        log.info("Review reminder {} for poster {} sent to {} of {} members", reminder, poster.id(), delivered,
                recipients.size());
        return delivered;
    }

    private SimpleMailMessage message(PosterSummary poster, Reminder reminder, LocalDate today, String recipient) {
        PosterLabels words = labels.in(MAIL_LOCALE);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(MAIL_LOCALE)
                .format(poster.nextReview());
        String link = publicAddress.isEmpty() ? "" : publicAddress + "/" + PosterAddress.editor(poster.id());
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient);
        message.setSubject(words.t("review.mail.subject." + reminder.name(), poster.departmentName(),
                poster.agencyName(), date));
        message.setText(words.t("review.mail.body." + reminder.name(), poster.departmentName(),
                poster.agencyName(), date, ChronoUnit.DAYS.between(today, poster.nextReview()), poster.agreedVersion())
                + (link.isEmpty() ? "" : "\n\n" + link) + "\n\n" + words.t("review.mail.footer"));
        return message;
    }
}
