package no.oslo.samarbeidsplakaten.security.service;

import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.springframework.modulith.NamedInterface;

/** Who is acting, as others see them: name, role title and side. */
@NamedInterface("service")
public record Actor(String key, String displayName, String roleTitle, Side side, boolean guest) {

    /** The name written on changes, e.g. "Kari Nordmann (kommunaldirektør)". */
    public String authorName() {
        return displayName + " (" + roleTitle + ")";
    }
}
