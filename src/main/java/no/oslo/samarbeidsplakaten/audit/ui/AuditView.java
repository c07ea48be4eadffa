package no.oslo.samarbeidsplakaten.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.oslo.samarbeidsplakaten.audit.domain.AuditEvent;
import no.oslo.samarbeidsplakaten.audit.domain.AuditKind;
import no.oslo.samarbeidsplakaten.audit.service.AuditLog;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;

/** The mayor's office reads who did what, when: newest first, filtered by kind and by words. */
@Route("admin/logg")
@Menu(title = "nav.audit", order = 4)
@RolesAllowed("ADMIN")
public class AuditView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(OsloTime.ZONE);

    public AuditView(AuditLog auditLog) {
        addClassName("audit-view");
        var kind = new Select<AuditKind>();
        kind.setLabel(getTranslation("audit.kind"));
        kind.setItems(List.of(AuditKind.values()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.allKinds"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("audit.allKinds") : getTranslation(k.messageKey()));
        var text = new TextField(getTranslation("audit.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);

        var grid = new Grid<AuditEvent>();
        grid.addColumn(e -> TIME.format(e.getOccurredAt())).setHeader(getTranslation("audit.when"))
                .setFlexGrow(0).setWidth("12em");
        grid.addColumn(AuditEvent::getActor).setHeader(getTranslation("audit.who")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.getKind().messageKey())).setHeader(getTranslation("audit.what"));
        grid.addColumn(e -> e.getPosterId() == null ? "" : getTranslation("audit.poster", e.getPosterId()))
                .setHeader(getTranslation("audit.posterColumn"));
        grid.addColumn(AuditEvent::getDetail).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.addColumn(e -> e.getClient() == null ? "" : e.getClient()).setHeader(getTranslation("audit.client"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> auditLog.find(kind.getValue(), text.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.setHeight("70vh");
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var filters = new HorizontalLayout(kind, text);
        filters.setWrap(true);
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.lead")), filters, grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("audit.title"));
    }
}
