package no.oslo.samarbeidsplakaten.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterFilter;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.service.NewUser;
import no.oslo.samarbeidsplakaten.security.service.UserService;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Fills an empty development database with a city to look at, through the same services a user goes through: the
 * department's member creates and edits the poster, both sides approve and the department locks it. One demo account
 * per department and agency (password printed once in the log) lets a newcomer see the department and agency views.
 */
@Component
@ConditionalOnProperty(name = "samarbeidsplakaten.demo", havingValue = "true")
// Vaadin's development server is on the class path in development only: the production jar cannot load the demo.
@ConditionalOnClass(name = "com.vaadin.base.devserver.DevModeHandlerManagerImpl")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoCity implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCity.class);

    private final OrganisationService organisations;
    private final UserService users;
    private final UserDetailsService accounts;
    private final PosterLifecycle lifecycle;
    private final PosterQueries posters;
    private final CellEditing cells;
    private final PosterStructure structure;
    private final VersioningService versioning;

    DemoCity(OrganisationService organisations, UserService users, UserDetailsService accounts,
            PosterLifecycle lifecycle, PosterQueries posters, CellEditing cells, PosterStructure structure,
            VersioningService versioning) {
        this.organisations = organisations;
        this.users = users;
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.posters = posters;
        this.cells = cells;
        this.structure = structure;
        this.versioning = versioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            accounts.loadUserByUsername("admin");
        } catch (UsernameNotFoundException e) {
            LOG.info("Demo data: not loaded, there is no account 'admin' to load it as.");
            return;
        }
        if (!as("admin", () -> posters.findSummaries(PosterFilter.NONE, PageRequest.of(0, 1)).isEmpty())) {
            return;
        }
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(12));
        as("admin", () -> {
            // An earlier start may have stopped after the accounts: only the missing ones are made.
            var existing = users.list().stream().map(UserService.UserListItem::username).toList();
            for (Organisation department : organisations.departments()) {
                account(department, "Kommunaldirektør", password, existing);
                for (Organisation agency : organisations.agenciesOf(department)) {
                    account(agency, "Etatssjef", password, existing);
                }
            }
            return null;
        });
        DemoPractice.PAIRS.forEach(this::pair);
        LOG.info("""

                Demo data: a city of posters to look at (samarbeidsplakaten.demo=true).
                Every department and agency has a demo account, demo-<code in lower case>, e.g. demo-mos (Byrådsavdeling \
                for miljø og samferdsel) or demo-bym (Bymiljøetaten), all with the password: {}
                """, password);
    }

    private void account(Organisation organisation, String roleTitle, String password, List<String> existing) {
        if (existing.contains(username(organisation))) {
            return;
        }
        users.create(new NewUser(username(organisation), "Demo " + organisation.getName(), roleTitle,
                organisation.getId(), AppRole.MEMBER, password));
    }

    private static String username(Organisation organisation) {
        return "demo-" + organisation.getCode().toLowerCase(java.util.Locale.ROOT).replace("æ", "ae");
    }

    private void pair(DemoPractice.Pair pair) {
        var agency = organisations.findByCode(pair.agency()).orElseThrow();
        var department = organisations.findById(agency.getParent().getId()).orElseThrow();
        String departmentUser = username(department);
        String agencyUser = username(agency);
        long posterId = as(departmentUser, () -> lifecycle.create(department.getId(), agency.getId()));
        as(departmentUser, () -> {
            pair.removed().forEach(type -> meetingOf(posterId, type)
                    .ifPresent(row -> structure.removeRow(posterId, row.id())));
            pair.added().forEach(meeting -> {
                long rowId = structure.addMeeting(posterId, meeting.name(), meeting.formality());
                edit(posterId, row(posterId, rowId), meeting.values());
            });
            pair.changes().forEach((type, values) -> meetingOf(posterId, type)
                    .ifPresent(row -> edit(posterId, row, values)));
            var document = posters.load(posterId);
            pair.sections().forEach((key, value) -> write(posterId, document.sectionCells().get(key), value));
            return null;
        });
        for (int version = 1; version <= pair.versions(); version++) {
            int number = version;
            as(departmentUser, () -> {
                versioning.approve(posterId);
                return null;
            });
            as(agencyUser, () -> {
                versioning.approve(posterId);
                return null;
            });
            LocalDate review = pair.agency().equals(DemoPractice.REVIEW_SOON) && number == pair.versions()
                    ? LocalDate.now().plusDays(20) : LocalDate.now().plusMonths(6 + number);
            as(departmentUser, () -> versioning.lock(posterId, number == 1 ? "Første omforente versjon fra verkstedet."
                    : "Revidert etter årlig gjennomgang.", review));
            if (number < pair.versions()) {
                as(departmentUser, () -> {
                    meetingOf(posterId, "fagmote").ifPresent(row -> edit(posterId, row,
                            Map.of(MeetingField.FREQUENCY_NOTE.key(), "Månedlige fagmøter på saksbehandlernivå.")));
                    return null;
                });
            }
        }
        if (!pair.afterAgreement().isEmpty()) {
            as(departmentUser, () -> {
                pair.afterAgreement().forEach((type, values) -> meetingOf(posterId, type)
                        .ifPresent(row -> edit(posterId, row, values)));
                return null;
            });
        }
    }

    private java.util.Optional<PosterDocument.Row> meetingOf(long posterId, String type) {
        return posters.load(posterId).meetings().stream().filter(m -> type.equals(m.templateKey())).findFirst();
    }

    private PosterDocument.Row row(long posterId, long rowId) {
        return posters.load(posterId).meetings().stream().filter(m -> m.id() == rowId).findFirst().orElseThrow();
    }

    private void edit(long posterId, PosterDocument.Row row, Map<String, String> values) {
        values.forEach((key, value) -> write(posterId, row.cell(key), value));
    }

    /** Writes a cell read just before: each is written once between reads. */
    private void write(long posterId, PosterDocument.Cell cell, String value) {
        cells.updateCell(posterId, cell.id(), cell.revision(), value);
    }

    /** Runs an action as a user, as if they had signed in. */
    private <T> T as(String username, Supplier<T> action) {
        var user = accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
