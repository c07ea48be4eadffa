package no.oslo.samarbeidsplakaten.template.web;

import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A published template version as a file, for another installation to import. */
@RestController
class TemplateDownloads {

    private final TemplateDrafts drafts;

    TemplateDownloads(TemplateDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/eksport/mal/{version}.json")
    ResponseEntity<String> download(@PathVariable int version) {
        return drafts.exportVersion(version)
                .map(json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .header("Content-Disposition", ContentDisposition.attachment()
                                .filename("samarbeidsplakat-mal-v" + version + ".json").build().toString())
                        .cacheControl(CacheControl.noStore())
                        .body(json))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
