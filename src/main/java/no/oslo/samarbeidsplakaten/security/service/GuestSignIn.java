package no.oslo.samarbeidsplakaten.security.service;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a workshop guest in for this browser session, as role GUEST. */
@Component
@NamedInterface("service")
public class GuestSignIn {

    public void signIn(GuestPrincipal guest) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(guest, null,
                List.of(new SimpleGrantedAuthority("ROLE_GUEST")));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        // A new session id on sign-in, so a session id known before cannot be used to act as the guest.
        request.changeSessionId();
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
