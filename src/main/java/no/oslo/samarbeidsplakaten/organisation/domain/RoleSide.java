package no.oslo.samarbeidsplakaten.organisation.domain;

/** Which side of the dialogue a role title belongs to. */
public enum RoleSide {
    POLITICAL, DEPARTMENT, AGENCY
}
