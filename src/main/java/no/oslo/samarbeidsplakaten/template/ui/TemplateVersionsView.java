package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;

/** The published template versions, newest first: open one, compare it with the one before, download it. */
@Route("maler/versjoner")
@RolesAllowed("ADMIN")
public class TemplateVersionsView extends Main implements HasDynamicTitle {

    public TemplateVersionsView(TemplateService templates) {
        addClassName("template-versions");
        add(new H1(getTranslation("template.versions.title")),
                new Anchor("maler", getTranslation("template.versions.toEditor")));
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        for (var version : templates.versions()) {
            var entry = new Div(new H2(getTranslation("template.versions.version", version.version())),
                    new Paragraph(getTranslation("template.versions.published",
                            dates.format(version.publishedAt().atZone(OsloTime.ZONE)),
                            version.publishedBy().isBlank() ? getTranslation("template.versions.shipped")
                                    : version.publishedBy())));
            if (!version.changeNote().isBlank()) {
                var note = new Paragraph(version.changeNote());
                note.addClassName("change-note");
                entry.add(note);
            }
            var links = new Div(new Anchor("maler/versjon/" + version.version(),
                    getTranslation("template.versions.open", version.version())));
            if (version.version() > 1) {
                links.add(new Anchor("maler/sammenlign?fra=" + (version.version() - 1) + "&til="
                        + version.version(), getTranslation("template.versions.compare", version.version(),
                        version.version() - 1)));
            }
            var download = new Anchor("eksport/mal/" + version.version() + ".json",
                    getTranslation("template.versions.download", version.version()));
            download.getElement().setAttribute("router-ignore", true);
            download.getElement().setAttribute("download", true);
            links.add(download);
            links.addClassName("version-links");
            entry.add(links);
            entry.addClassName("template-version");
            add(entry);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("template.versions.title"));
    }
}
