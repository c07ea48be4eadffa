package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.EditorContribution;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;
import no.oslo.samarbeidsplakaten.poster.service.TemplateAdoption;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import org.springframework.core.annotation.Order;

/** "Ny mal tilgjengelig" in the editor of a poster on an older template version, with the way to take it up. */
@org.springframework.stereotype.Component
@Order(50)
class TemplateOfferContribution implements EditorContribution {

    private final TemplateAdoption adoption;
    private final OrganisationService organisations;

    TemplateOfferContribution(TemplateAdoption adoption, OrganisationService organisations) {
        this.adoption = adoption;
        this.organisations = organisations;
    }

    @Override
    public Part open(Editor editor) {
        long posterId = editor.document().id();
        var bar = new Div();
        bar.addClassName("template-offer");
        bar.getElement().setAttribute("role", "region");
        Runnable refresh = () -> {
            bar.removeAll();
            var offer = adoption.offer(posterId);
            bar.setVisible(offer.isPresent());
            offer.ifPresent(o -> {
                bar.getElement().setAttribute("aria-label", bar.getTranslation("adopt.bar.label"));
                var text = new Span(bar.getTranslation("adopt.bar.text", o.to(), o.from()));
                var open = new Button(bar.getTranslation("adopt.bar.open", o.to()), e -> new AdoptTemplateDialog(
                        adoption, posterId, o, new PosterLabels(bar::getTranslation,
                                organisations.roleLabels(e.getSource().getUI().orElseThrow().getLocale())), bar)
                        .open());
                bar.add(text, open);
            });
        };
        refresh.run();
        return new Part() {
            @Override
            public List<Component> bars() {
                return List.of(bar);
            }

            @Override
            public void onLive(LiveEvent event) {
                if (event instanceof PosterEvents.ContentReplaced) {
                    refresh.run();
                }
            }
        };
    }
}
