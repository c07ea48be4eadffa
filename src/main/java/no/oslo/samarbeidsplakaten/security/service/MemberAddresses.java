package no.oslo.samarbeidsplakaten.security.service;

import java.util.Collection;
import java.util.List;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where mail to an organisation's members goes, for work nobody is signed in to do (the review reminders). */
@Service
@Transactional(readOnly = true)
@NamedInterface("service")
public class MemberAddresses {

    private final AppUserRepository users;

    MemberAddresses(AppUserRepository users) {
        this.users = users;
    }

    /** The addresses of the enabled members of these organisations that have given one, each once. */
    public List<String> of(Collection<Long> organisationIds) {
        return users.findEmails(organisationIds, AppRole.MEMBER).stream().distinct().toList();
    }
}
