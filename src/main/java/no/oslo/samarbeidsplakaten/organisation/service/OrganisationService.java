package no.oslo.samarbeidsplakaten.organisation.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationKind;
import no.oslo.samarbeidsplakaten.organisation.domain.OrganisationRepository;
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
    private volatile List<RoleTitle> roleCatalogue;

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

    /** The role catalogue changes only by migration, so it is read once. */
    public List<RoleTitle> roleCatalogue() {
        var catalogue = roleCatalogue;
        if (catalogue == null) {
            catalogue = List.copyOf(roleTitles.findAllByOrderByPosition());
            roleCatalogue = catalogue;
        }
        return catalogue;
    }

    public boolean isKnownRole(String roleKey) {
        return roleCatalogue().stream().anyMatch(r -> r.getKey().equals(roleKey));
    }

    public Map<String, String> roleLabels(Locale locale) {
        return roleCatalogue().stream().collect(Collectors.toMap(RoleTitle::getKey, r -> r.label(locale)));
    }
}
