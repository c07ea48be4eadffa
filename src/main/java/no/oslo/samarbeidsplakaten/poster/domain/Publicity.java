package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** Public access to the meeting's documents (offentleglova). */
public enum Publicity implements Choice {
    PUBLIC, ASSESSED, NOT_PUBLIC
}
