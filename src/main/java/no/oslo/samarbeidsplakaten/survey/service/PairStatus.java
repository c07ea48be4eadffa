package no.oslo.samarbeidsplakaten.survey.service;

import no.oslo.samarbeidsplakaten.base.Choice;

/** Where a department–agency pair stands with its poster. */
public enum PairStatus implements Choice {
    /** The pair has no poster yet. */
    NO_POSTER,
    /** A poster exists, no version of it is agreed yet. */
    DRAFT,
    /** An agreed version is the pair's current practice. */
    AGREED,
    /** Agreed, and the date set for the next review comes within 30 days. */
    REVIEW_SOON,
    /** Agreed, but the date set for the next review has come or passed. */
    REVIEW_OVERDUE
}
