package no.oslo.samarbeidsplakaten.organisation.domain;

public enum OrganisationKind {
    /** Byrådsavdeling. */
    DEPARTMENT,
    /** Virksomhet / etat, steered by one department. */
    AGENCY,
    /** Byrådslederens kontor, owner of the template. */
    MAYORS_OFFICE
}
