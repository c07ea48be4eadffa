package no.oslo.samarbeidsplakaten.security.service;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import no.oslo.samarbeidsplakaten.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * What the browser may load and run: only this app's own code and styles (Vaadin needs inline styles and
     * scripts), images also from data URLs (QR codes), no framing by other sites, no plugins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> singleSignOn, OidcAccounts oidcAccounts, LoginGuard loginGuard)
            throws Exception {
        // A new session id at sign-in, so a session id planted before cannot be used after it.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**", "/presence/leave/**", "/presence/live/**",
                        "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                // Calendar clients do not sign in: a feed's secret token in its address is its only key.
                .requestMatchers("/kalender/*.ics").permitAll()
                .requestMatchers("/actuator/metrics", "/actuator/metrics/**").hasRole("ADMIN")
                // Downloads for signed-in users and guests; which poster they may read is checked in the services.
                .requestMatchers("/eksport/**").authenticated());
        // The leave beacon and the typing preview's socket carry no CSRF token: the random presence key in the address,
        // known only to the tab it was issued to, is both the token and the proof of access.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/presence/leave/**"));
        // The sign-in POST: its CSRF token, password guessing and even timing.
        http.addFilterBefore(loginGuard, UsernamePasswordAuthenticationFilter.class);
        if (singleSignOn.getIfAvailable() != null) {
            // Profile "oidc": single sign-on beside the app's own accounts, on the same login page.
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts)));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /**
     * The security headers, set by a filter in front of everything: Vaadin's security configurer manages the headers
     * of Spring Security's chain itself, and these must be on every answer, redirects and errors included.
     */
    @Bean
    FilterRegistrationBean<Filter> securityHeaders() {
        Filter filter = (request, response, chain) -> {
            var http = (HttpServletResponse) response;
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            chain.doFilter(request, response);
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The login guard runs inside the security chain only, not once more as a filter of its own. */
    @Bean
    FilterRegistrationBean<LoginGuard> loginGuardOutsideTheChain(LoginGuard loginGuard) {
        var registration = new FilterRegistrationBean<>(loginGuard);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
