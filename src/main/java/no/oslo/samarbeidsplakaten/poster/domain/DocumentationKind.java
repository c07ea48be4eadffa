package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;
import org.springframework.modulith.NamedInterface;

/** What is written after a meeting. */
@NamedInterface("model")
public enum DocumentationKind implements Choice {
    MINUTES, SUMMARY, NONE
}
