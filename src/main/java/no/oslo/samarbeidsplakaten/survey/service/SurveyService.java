package no.oslo.samarbeidsplakaten.survey.service;

import java.util.List;
import java.util.Optional;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationKind;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.security.service.SignedInUser;
import no.oslo.samarbeidsplakaten.template.service.CommonTerms;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kartlegging as the signed-in user may see it. The mayor's office (ADMIN) sees every pair; a department member
 * its own agencies' pairs; an agency member only its own pair, and the city's typical practice as figures that name
 * no other pair.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
@NamedInterface("service")
public class SurveyService {

    /** How much of the city a user sees. */
    public enum Scope {
        CITY, DEPARTMENT, AGENCY
    }

    private final SurveyBuilder builder;
    private final CurrentUser currentUser;
    private final CommonTerms terms;

    SurveyService(SurveyBuilder builder, CurrentUser currentUser, CommonTerms terms) {
        this.builder = builder;
        this.currentUser = currentUser;
        this.terms = terms;
    }

    public Scope scope() {
        SignedInUser user = currentUser.get().orElseThrow();
        if (user.appRole() == AppRole.ADMIN) {
            return Scope.CITY;
        }
        return user.organisationKind() == OrganisationKind.DEPARTMENT ? Scope.DEPARTMENT : Scope.AGENCY;
    }

    /**
     * The pairs the user may see in detail, as they are now.
     *
     * @param departmentId only this department's pairs, or null for all the user may see
     */
    public CitySurvey survey(@Nullable Long departmentId) {
        SignedInUser user = currentUser.get().orElseThrow();
        var city = builder.city();
        var visible = switch (scope()) {
            case CITY -> city;
            case DEPARTMENT -> city.only(pair -> pair.departmentId() == user.organisationId());
            case AGENCY -> city.only(pair -> pair.agencyId() == user.organisationId());
        };
        return departmentId == null ? visible : visible.only(pair -> pair.departmentId() == departmentId);
    }

    /** Fewer pairs with a meeting type than this, and the city's figures for it are not shown to an agency. */
    public static final int FEWEST_PAIRS_FOR_FIGURES = 3;

    /**
     * The city's typical practice per standard meeting type: figures over every pair, naming none, and withheld where
     * so few pairs have the type that an agency could tell another's practice from them.
     */
    public List<SurveyFigures.Typical> typicalPractice() {
        return SurveyFigures.typical(builder.city()).stream()
                .map(t -> t.pairs() < FEWEST_PAIRS_FOR_FIGURES ? t.withheld() : t).toList();
    }

    /** The user's own pair, for an agency member. */
    public Optional<PairPractice> ownPair() {
        SignedInUser user = currentUser.get().orElseThrow();
        return builder.city().pairs().stream().filter(pair -> pair.agencyId() == user.organisationId()).findFirst();
    }

    /** Every meeting name in use among the pairs the user sees, and the standard type each counts as. */
    public List<SurveyFigures.TermUse> terms(CitySurvey survey) {
        return SurveyFigures.terms(survey, terms.synonyms());
    }

    /** Marks a meeting name as another word for a standard type: the pairs using it are then offered the term. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void markSynonym(String meetingName, String meetingType) {
        terms.mark(meetingName, meetingType, currentUser.authorName());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unmarkSynonym(String meetingName) {
        terms.unmark(meetingName);
    }
}
