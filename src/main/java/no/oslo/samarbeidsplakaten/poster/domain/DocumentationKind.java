package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** What is written after a meeting. */
public enum DocumentationKind implements Choice {
    MINUTES, SUMMARY, NONE
}
