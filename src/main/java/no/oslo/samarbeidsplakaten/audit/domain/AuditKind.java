package no.oslo.samarbeidsplakaten.audit.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** What happened. */
public enum AuditKind implements Choice {
    LOGIN,
    LOGIN_FAILED,
    SIGN_IN_SLOWED,
    WORKSHOP_OPENED,
    WORKSHOP_CLOSED,
    JOINED,
    APPROVED,
    LOCKED,
    RESTORED,
    IMPORTED,
    EXPORTED,
    USER_CREATED,
    ACCESS_CHANGED,
    TEMPLATE_PUBLISHED,
    TEMPLATE_ADOPTED,
    CALENDAR_RENEWED
}
