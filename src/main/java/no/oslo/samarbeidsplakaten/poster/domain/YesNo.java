package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** A yes/no attribute, such as whether the draft minutes go on a comment round. */
public enum YesNo implements Choice {
    YES, NO
}
