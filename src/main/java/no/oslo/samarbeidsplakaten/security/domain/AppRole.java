package no.oslo.samarbeidsplakaten.security.domain;

import no.oslo.samarbeidsplakaten.base.Choice;
import org.springframework.modulith.NamedInterface;

/** The application role of an account. */
@NamedInterface("model")
public enum AppRole implements Choice {
    /** The mayor's office: organisations, users, template, every poster. */
    ADMIN,
    /** A member of an organisation, working on its posters. */
    MEMBER,
    /** Reads the agreed versions of the posters an admin has given them. */
    READER
}
