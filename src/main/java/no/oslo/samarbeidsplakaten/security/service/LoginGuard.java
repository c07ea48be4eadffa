package no.oslo.samarbeidsplakaten.security.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's POST. Three things an attacker tries there: signing a victim's browser in to
 * the attacker's account from another site (refused: the form must carry the page's CSRF token, which Vaadin's own
 * configuration does not ask for at login), guessing passwords (slowed down by the {@link LoginThrottle}), and
 * telling known accounts from unknown ones by how long a failure takes (every failure takes the same time).
 */
@Component
public class LoginGuard extends OncePerRequestFilter {

    private static final String STARTED = LoginGuard.class.getName() + ".started";

    private final LoginThrottle throttle;
    private final Duration failureTime;
    private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final CsrfTokenRequestHandler tokenInRequest = new XorCsrfTokenRequestAttributeHandler();

    LoginGuard(LoginThrottle throttle,
            @Value("${samarbeidsplakaten.login.failure-time:700ms}") Duration failureTime) {
        this.throttle = throttle;
        this.failureTime = failureTime;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(STARTED, System.nanoTime());
        if (!carriesThePagesToken(request)) {
            // From another site, or a page left open past the session's end (its token is gone): sign in again.
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        Optional<Duration> wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            // Refused without trying the password, at once: the wait says nothing about whether the account exists.
            redirect(request, response, wait);
            return;
        }
        throttle.attempting(request.getParameter("username"), request.getRemoteAddr());
        // Counted before it is tried, so attempts sent at once cannot all pass the wait; a success takes it back.
        // Spring Security answers a wrong name or password by sending the browser back to the login page; that answer
        // says how long to wait now, and is given after the same time whether the account exists or not.
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) throws IOException {
                if (location.endsWith("/login?error")) {
                    refuse(request, response, throttle.failed(request.getParameter("username"),
                            request.getRemoteAddr()));
                } else {
                    super.sendRedirect(location);
                }
            }
        });
    }

    /** The token the login page was given (Vaadin writes it into the page; the login form sends it back). */
    private boolean carriesThePagesToken(HttpServletRequest request) {
        CsrfToken expected = tokens.loadToken(request);
        if (expected == null) {
            return false;
        }
        String sent = tokenInRequest.resolveCsrfTokenValue(request, expected);
        return sent != null && MessageDigest.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }

    /** A failure, answered after the same time whether the account exists or not. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, Optional<Duration> wait)
            throws IOException {
        if (request.getAttribute(STARTED) instanceof Long started) {
            long left = failureTime.toNanos() - (System.nanoTime() - started);
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        redirect(request, response, wait);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, Optional<Duration> wait)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error"
                + wait.map(w -> "&wait=" + Math.max(1, w.toSeconds() + (w.toMillisPart() > 0 ? 1 : 0))).orElse(""));
    }
}
