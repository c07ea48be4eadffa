package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.service.PosterExistsException;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;

/** Creates the poster of a department–agency pair, pre-filled from the Oslo standard template. */
class CreatePosterDialog extends Dialog {

    CreatePosterDialog(PosterLifecycle lifecycle, OrganisationService organisationService) {
        setHeaderTitle(getTranslation("create.title"));
        var department = new ComboBox<Organisation>(getTranslation("create.department"));
        department.setItems(organisationService.departments());
        department.setItemLabelGenerator(Organisation::getName);
        department.setRequiredIndicatorVisible(true);
        department.setWidthFull();
        var agency = new ComboBox<Organisation>(getTranslation("create.agency"));
        agency.setItemLabelGenerator(Organisation::getName);
        agency.setRequiredIndicatorVisible(true);
        agency.setEnabled(false);
        agency.setWidthFull();
        department.addValueChangeListener(e -> {
            agency.clear();
            agency.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                agency.setItems(organisationService.agenciesOf(e.getValue()));
            }
        });
        var message = new Div();
        message.addClassName("dialog-message");
        message.getElement().setAttribute("role", "alert");
        var intro = new Paragraph(getTranslation("create.intro"));
        add(new VerticalLayout(intro, department, agency, message));
        setWidth("min(560px, 95vw)");

        var create = new Button(getTranslation("create.confirm"), e -> {
            message.removeAll();
            if (department.getValue() == null || agency.getValue() == null) {
                message.add(new Paragraph(getTranslation("create.choosePair")));
                return;
            }
            try {
                long id = lifecycle.create(department.getValue().getId(), agency.getValue().getId());
                UI.getCurrent().navigate(PosterEditorView.class, new RouteParameters("posterId", String.valueOf(id)));
                close();
            } catch (PosterExistsException exists) {
                message.add(new Paragraph(getTranslation(exists.getMessageKey(), exists.getArguments())),
                        new RouterLink(getTranslation("create.openExisting"), PosterEditorView.class,
                                new RouteParameters("posterId", String.valueOf(exists.getExistingPosterId()))));
            } catch (DomainException refused) {
                message.add(new Paragraph(getTranslation(refused.getMessageKey(), refused.getArguments())));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }
}
