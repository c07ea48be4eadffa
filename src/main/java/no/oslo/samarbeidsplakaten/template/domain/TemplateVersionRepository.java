package no.oslo.samarbeidsplakaten.template.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateVersionRepository extends JpaRepository<TemplateVersion, Long> {

    Optional<TemplateVersion> findFirstByTemplateKeyOrderByVersionDesc(String templateKey);

    Optional<TemplateVersion> findByTemplateKeyAndVersion(String templateKey, int version);

    List<TemplateVersion> findByTemplateKeyOrderByVersionDesc(String templateKey);
}
