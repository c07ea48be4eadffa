package no.oslo.samarbeidsplakaten.security.service;

import no.oslo.samarbeidsplakaten.security.domain.Side;

/** Who is acting, as others see them: name, role title and side. */
public record Actor(String key, String displayName, String roleTitle, Side side, boolean guest) {

    /** The name written on changes, e.g. "Kari Nordmann (kommunaldirektør)". */
    public String authorName() {
        return displayName + " (" + roleTitle + ")";
    }
}
