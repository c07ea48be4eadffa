package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** A numbered section of the poster, as on the printed poster: "3 Møtene". */
class PosterSection extends Section {

    PosterSection(String anchor, String title, String intro, Component... content) {
        addClassName("poster-section");
        setId(anchor);
        var heading = new H2(title);
        heading.setId(anchor + "-title");
        getElement().setAttribute("aria-labelledby", anchor + "-title");
        add(heading);
        if (intro != null) {
            var lead = new Paragraph(intro);
            lead.addClassName("section-intro");
            add(lead);
        }
        add(content);
    }
}
