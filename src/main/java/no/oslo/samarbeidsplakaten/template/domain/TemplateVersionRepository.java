package no.oslo.samarbeidsplakaten.template.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TemplateVersionRepository extends JpaRepository<TemplateVersion, Long> {

    /** The id of a template's latest version, without reading its content. */
    @Query("""
            select v.id from TemplateVersion v where v.templateKey = ?1
            and v.version = (select max(w.version) from TemplateVersion w where w.templateKey = ?1)""")
    Optional<Long> findLatestId(String templateKey);

    Optional<TemplateVersion> findByTemplateKeyAndVersion(String templateKey, int version);

    List<TemplateVersion> findByTemplateKeyOrderByVersionDesc(String templateKey);
}
