package no.oslo.samarbeidsplakaten.security.service;

import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
