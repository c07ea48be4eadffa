package no.oslo.samarbeidsplakaten.organisation.domain;

import org.springframework.modulith.NamedInterface;

@NamedInterface("model")
public enum OrganisationKind {
    /** Byrådsavdeling. */
    DEPARTMENT,
    /** Virksomhet / etat, steered by one department. */
    AGENCY,
    /** Byrådslederens kontor, owner of the template. */
    MAYORS_OFFICE
}
