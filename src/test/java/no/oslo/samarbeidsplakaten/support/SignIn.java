package no.oslo.samarbeidsplakaten.support;

import java.util.List;
import no.oslo.samarbeidsplakaten.security.service.GuestPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a workshop guest into the current thread's security context, as the join page does. */
public final class SignIn {

    private SignIn() {
    }

    public static void asGuest(GuestPrincipal guest) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(guest, null,
                List.of(new SimpleGrantedAuthority("ROLE_GUEST"))));
        SecurityContextHolder.setContext(context);
    }
}
