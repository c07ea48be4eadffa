package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/** Jump links to the poster's sections, so a keyboard user or a facilitator at the projector gets there at once. */
class SectionNav extends Nav {

    static final String[][] SECTIONS = {
        {"formal", "nav.section.purpose"},
        {"styringsdokumenter", "nav.section.documents"},
        {"motene", "nav.section.meetings"},
        {"styringssignaler", "nav.section.signals"},
        {"forpliktelser", "nav.section.commitments"},
        {"refleksjon", "nav.section.reflection"},
        {"felles-praksis", "nav.section.practice"}
    };

    SectionNav(String path) {
        addClassName("section-nav");
        getElement().setAttribute("aria-label", getTranslation("nav.sections"));
        for (String[] section : SECTIONS) {
            add(new Anchor(path + "#" + section[0], getTranslation(section[1])));
        }
    }
}
