package no.oslo.samarbeidsplakaten.security.service;

import java.security.Principal;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.springframework.modulith.NamedInterface;

/** A workshop participant without an account: reaches one poster, only while its workshop is open. */
@NamedInterface("service")
public record GuestPrincipal(String key, String displayName, String roleTitle, Side side, long workshopId,
        long posterId) implements Principal {

    @Override
    public String getName() {
        return "guest:" + key;
    }
}
