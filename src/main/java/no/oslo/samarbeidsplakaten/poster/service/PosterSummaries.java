package no.oslo.samarbeidsplakaten.poster.service;

import java.util.List;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posters' overview lines read without a signed-in user: for work nobody is signed in to do (the review reminders'
 * daily run) and for a caller whose right was established by other means (a calendar feed's secret address). Holds
 * names, status and dates only, never content.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("service")
public class PosterSummaries {

    private final PosterRepository posters;

    PosterSummaries(PosterRepository posters) {
        this.posters = posters;
    }

    public Optional<PosterSummary> of(long posterId) {
        return posters.findSummary(posterId);
    }

    public List<PosterSummary> all() {
        return posters.findAllSummaries();
    }
}
