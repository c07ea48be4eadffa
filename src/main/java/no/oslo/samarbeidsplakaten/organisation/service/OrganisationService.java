package no.oslo.samarbeidsplakaten.organisation.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationKind;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationRepository;
import no.oslo.samarbeidsplakaten.organisation.domain.RoleSide;
import no.oslo.samarbeidsplakaten.organisation.domain.RoleTitle;
import no.oslo.samarbeidsplakaten.organisation.domain.RoleTitleRepository;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@NamedInterface("service")
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final RoleTitleRepository roleTitles;

    OrganisationService(OrganisationRepository organisations, RoleTitleRepository roleTitles) {
        this.organisations = organisations;
        this.roleTitles = roleTitles;
    }

    public List<Organisation> departments() {
        return organisations.findByKindOrderByName(OrganisationKind.DEPARTMENT);
    }

    public List<Organisation> agenciesOf(Organisation department) {
        return organisations.findByParentIdOrderByName(department.getId());
    }

    /** The mayor's office (byrådsavdelingen for finans, BLK): it owns the template and the first administrator. */
    public Optional<Organisation> mayorsOffice() {
        return organisations.findByKindOrderByName(OrganisationKind.MAYORS_OFFICE).stream().findFirst();
    }

    public Optional<Organisation> findById(long id) {
        return organisations.findById(id);
    }

    public Optional<Organisation> findByCode(String code) {
        return organisations.findByCode(code);
    }

    public List<Organisation> all() {
        return organisations.findAll().stream()
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .toList();
    }

    /** A role as a published template gives it. */
    public record CatalogueRole(String key, String side, String labelNb, String labelEn) {
    }

    /**
     * Makes a published template's roles the catalogue: new roles are added, the others take its labels and order,
     * and a role it no longer has is retired (still named on the posters that use it, not offered for new choices).
     */
    @Transactional
    public void adoptRoleCatalogue(List<CatalogueRole> roles) {
        var existing = roleTitles.findAll().stream().collect(Collectors.toMap(RoleTitle::getKey, r -> r));
        int position = 10;
        for (var role : roles) {
            var side = RoleSide.valueOf(role.side());
            var known = existing.remove(role.key());
            if (known == null) {
                roleTitles.save(new RoleTitle(role.key(), side, role.labelNb(), role.labelEn(), position));
            } else {
                known.follow(side, role.labelNb(), role.labelEn(), position);
            }
            position += 10;
        }
        existing.values().forEach(RoleTitle::retire);
    }

    /** The roles that may be chosen for a meeting now, in the template's order. */
    public List<RoleTitle> offeredRoles() {
        return roleCatalogue().stream().filter(r -> !r.isRetired()).toList();
    }

    /** Every role a poster may name, retired ones too (a dozen rows, read fresh so a published change counts). */
    public List<RoleTitle> roleCatalogue() {
        return roleTitles.findAllByOrderByPosition();
    }

    public boolean isKnownRole(String roleKey) {
        return roleCatalogue().stream().anyMatch(r -> r.getKey().equals(roleKey));
    }

    public Map<String, String> roleLabels(Locale locale) {
        return roleCatalogue().stream().collect(Collectors.toMap(RoleTitle::getKey, r -> r.label(locale)));
    }
}
