package no.oslo.samarbeidsplakaten.poster.service;

import no.oslo.samarbeidsplakaten.poster.domain.PosterReader;
import no.oslo.samarbeidsplakaten.poster.domain.PosterReaderRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which posters a reader account may read: the admin gives them, the access rule reads them. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
@NamedInterface("service")
public class PosterReaders {

    private final PosterReaderRepository readers;
    private final ApplicationEventPublisher events;

    PosterReaders(PosterReaderRepository readers, ApplicationEventPublisher events) {
        this.readers = readers;
        this.events = events;
    }

    /** The posters a reader account has been given. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Set<Long> postersGivenTo(long userId) {
        return readers.findByUserId(userId).stream().map(PosterReader::getPosterId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Gives a reader account exactly these posters to read (their agreed versions). */
    @PreAuthorize("hasRole('ADMIN')")
    public void givePosters(long userId, java.util.Set<Long> posterIds) {
        readers.deleteByUserId(userId);
        posterIds.forEach(posterId -> readers.save(new PosterReader(posterId, userId)));
        events.publishEvent(new PosterEvents.ReadersChanged(userId, java.util.Set.copyOf(posterIds)));
    }
}
