package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;
import org.springframework.modulith.NamedInterface;

/** Political leadership's part in a meeting. */
@NamedInterface("model")
public enum PoliticalRole implements Choice {
    NONE, AS_NEEDED, PARTICIPATES, CHAIRS
}
