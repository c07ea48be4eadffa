package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.ui.LanguageSwitch;
import no.oslo.samarbeidsplakaten.base.ui.PageFooter;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.security.service.GuestSignIn;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopInfo;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;

/**
 * Joining a workshop by its code. Signed-in users go straight to the poster; guests give their name, side and role
 * title and may then work on that poster while the workshop is open.
 */
@Route(value = "verksted/:code?", autoLayout = false)
@AnonymousAllowed
public class JoinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService workshops;
    private final CurrentUser currentUser;
    private final GuestSignIn guestSignIn;
    private final TextField code = new TextField();
    private final Paragraph message = new Paragraph();

    public JoinView(WorkshopService workshops, CurrentUser currentUser, GuestSignIn guestSignIn,
            OrganisationService organisations) {
        this.workshops = workshops;
        this.currentUser = currentUser;
        this.guestSignIn = guestSignIn;
        addClassName("join-view");

        code.setLabel(getTranslation("join.code"));
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(20);
        var name = new TextField(getTranslation("join.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(WorkshopService.MAX_NAME_LENGTH);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        var side = new RadioButtonGroup<Side>(getTranslation("join.side"));
        side.setItems(List.of(Side.DEPARTMENT, Side.AGENCY));
        side.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        side.setRequiredIndicatorVisible(true);
        var role = new ComboBox<String>(getTranslation("join.role"));
        role.setItems(organisations.offeredRoles().stream().map(r -> r.label(getLocale())).toList());
        role.setAllowCustomValue(true);
        role.addCustomValueSetListener(e -> role.setValue(e.getDetail()));
        role.setHelperText(getTranslation("join.role.help"));
        role.setRequiredIndicatorVisible(true);
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "alert");

        var join = new Button(getTranslation("join.submit"), e -> {
            try {
                var guest = workshops.joinAsGuest(code.getValue(), name.getValue(), side.getValue(),
                        role.getValue(), client());
                guestSignIn.signIn(guest);
                getUI().ifPresent(ui -> ui.navigate(PosterAddress.editor(guest.posterId())));
            } catch (DomainException refused) {
                message.setText(getTranslation(refused.getMessageKey(), refused.getArguments()));
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        for (var field : List.of(code, name)) {
            field.setWidthFull();
        }
        role.setWidthFull();

        var kicker = new Span(getTranslation("poster.kicker"));
        kicker.addClassName("kicker");
        var form = new Div(new LanguageSwitch(getLocale()), new H1(getTranslation("join.title")),
                new Paragraph(getTranslation("join.lead")), code, name, side, role, message, join);
        form.addClassName("join-form");
        add(kicker, form, new PageFooter());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var typed = event.getRouteParameters().get("code");
        typed.ifPresent(code::setValue);
        if (typed.isEmpty()) {
            return;
        }
        java.util.Optional<WorkshopInfo> workshop;
        try {
            workshop = workshops.findOpenByCode(typed.get(), client());
        } catch (DomainException refused) {
            message.setText(getTranslation(refused.getMessageKey(), refused.getArguments()));
            return;
        }
        if (workshop.isEmpty()) {
            message.setText(getTranslation("error.workshop.code"));
            return;
        }
        boolean member = currentUser.get().isPresent();
        boolean guestOfThisWorkshop = currentUser.guest()
                .filter(g -> g.workshopId() == workshop.get().id()).isPresent();
        if (member || guestOfThisWorkshop) {
            event.forwardTo(PosterAddress.editor(workshop.get().posterId()));
        }
    }

    /** Who is typing codes, for slowing down guessing: the browser's address as the server sees it. */
    private static String client() {
        var request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("join.pageTitle"));
    }
}
