package no.oslo.samarbeidsplakaten.template.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.template.domain.MeetingTerm;
import no.oslo.samarbeidsplakaten.template.domain.MeetingTermRepository;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Common terms for meetings: the names the mayor's office has marked as another word for a standard meeting type of
 * the template. The kartlegging counts such a meeting as its standard type, and the poster editor suggests the
 * standard term to the pair; nothing is ever renamed without them.
 */
@Service
@Transactional(readOnly = true)
public class CommonTerms {

    /** Other nodes' marks reach this one's editors within this time; its own at once. */
    private static final Duration FRESH_FOR = Duration.ofSeconds(15);

    private final MeetingTermRepository terms;
    private final TemplateService templates;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private final AtomicLong generation = new AtomicLong();

    CommonTerms(MeetingTermRepository terms, TemplateService templates, Clock clock) {
        this.terms = terms;
        this.templates = templates;
        this.clock = clock;
    }

    private record Snapshot(Map<String, String> synonyms, Instant readAt) {
    }

    /** A meeting name as one term: case, surrounding and repeated spaces do not make another term. */
    public static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * Marked names, normalised, to the standard meeting type they stand for. Kept in memory and read without a
     * transaction: every editor asks on every change of a meeting.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, String> synonyms() {
        var current = snapshot;
        if (current == null || current.readAt().plus(FRESH_FOR).isBefore(clock.instant())) {
            long generationAtRead = generation.get();
            current = new Snapshot(terms.findAll().stream()
                    .collect(Collectors.toUnmodifiableMap(MeetingTerm::getTerm, MeetingTerm::getMeetingType)),
                    clock.instant());
            // A mark committed while this read ran must not be hidden behind the older map it may have read.
            if (generation.get() == generationAtRead) {
                snapshot = current;
            }
        }
        return current.synonyms();
    }

    /**
     * The standard meeting type a name means, a marked synonym or the standard term of the current template, for many
     * names: the terms and the template are read once, e.g. for the whole city's meetings.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Function<String, Optional<String>> typeResolver() {
        var synonyms = synonyms();
        var standard = templates.current().meetings().stream()
                .collect(Collectors.toMap(type -> normalise(type.name()), PosterTemplate.TemplateMeeting::key,
                        (a, b) -> a));
        return meetingName -> {
            String term = normalise(meetingName);
            return Optional.ofNullable(synonyms.getOrDefault(term, standard.get(term)));
        };
    }

    /**
     * The standard term to suggest for a meeting name the mayor's office has marked as a synonym; empty when the name
     * is not marked or already is the standard term.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> suggestionFor(String meetingName) {
        var type = synonyms().get(normalise(meetingName));
        if (type == null) {
            return Optional.empty();
        }
        return templates.current().meetingType(type).map(PosterTemplate.TemplateMeeting::name)
                .filter(standard -> !normalise(standard).equals(normalise(meetingName)));
    }

    /** Marks a meeting name as another word for a standard meeting type of the current template. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void mark(String meetingName, String meetingType, String author) {
        String term = normalise(meetingName);
        if (term.isEmpty()) {
            throw new DomainException("error.term.empty");
        }
        if (templates.current().meetingType(meetingType).isEmpty()) {
            throw new DomainException("error.term.unknownType", meetingType);
        }
        var now = clock.instant();
        terms.findById(term).ifPresentOrElse(existing -> existing.markAs(meetingType, author, now),
                () -> terms.save(new MeetingTerm(term, meetingType, author, now)));
        forgetAfterCommit();
    }

    /** The name is no longer taken as a synonym. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unmark(String meetingName) {
        terms.deleteById(normalise(meetingName));
        forgetAfterCommit();
    }

    /** Read again once the change is committed: a read before that would keep the old terms for a while. */
    private void forgetAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                generation.incrementAndGet();
                snapshot = null;
            }
        });
    }
}
