package no.oslo.samarbeidsplakaten.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.ui.PageTitles;
import no.oslo.samarbeidsplakaten.base.ui.PasswordReveal;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.security.UserAccessAction;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.service.NewUser;
import no.oslo.samarbeidsplakaten.security.service.UserService;
import no.oslo.samarbeidsplakaten.security.service.UserService.UserListItem;

/** Administrators add the people who work on posters. */
@Route("admin/brukere")
@Menu(title = "nav.users", order = 2)
@RolesAllowed("ADMIN")
public class UserAdminView extends Main implements HasDynamicTitle {

    private final UserService userService;
    private final Grid<UserListItem> grid = new Grid<>();

    public UserAdminView(UserService userService, OrganisationService organisationService,
            List<UserAccessAction> accessActions) {
        this.userService = userService;
        addClassName("user-admin");

        var username = new TextField(getTranslation("users.username"));
        var displayName = new TextField(getTranslation("users.displayName"));
        var roleTitle = new TextField(getTranslation("users.roleTitle"));
        roleTitle.setHelperText(getTranslation("users.roleTitle.help"));
        var organisation = new ComboBox<Organisation>(getTranslation("users.organisation"));
        organisation.setItems(organisationService.all());
        organisation.setItemLabelGenerator(Organisation::getName);
        var appRole = new Select<AppRole>();
        appRole.setLabel(getTranslation("users.appRole"));
        appRole.setItems(List.of(AppRole.values()));
        appRole.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        appRole.setValue(AppRole.MEMBER);
        var email = new EmailField(getTranslation("users.email"));
        email.setHelperText(getTranslation("users.email.help"));
        var password = new PasswordField(getTranslation("users.password"));
        PasswordReveal.translate(password, "");
        password.setHelperText(getTranslation("users.password.help", UserService.MIN_PASSWORD_LENGTH));
        for (var field : List.of(username, displayName, roleTitle)) {
            field.setRequiredIndicatorVisible(true);
        }
        organisation.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);

        var form = new FormLayout(username, displayName, roleTitle, organisation, appRole, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        var message = new Paragraph();
        message.addClassName("form-message");
        message.getElement().setAttribute("role", "alert");
        var add = new Button(getTranslation("users.add"), e -> {
            try {
                var created = userService.create(new NewUser(username.getValue(), displayName.getValue(),
                        roleTitle.getValue(), organisation.getValue() == null ? null : organisation.getValue().getId(),
                        appRole.getValue(), password.getValue(), email.getValue()));
                message.setText("");
                username.clear();
                displayName.clear();
                roleTitle.clear();
                email.clear();
                password.clear();
                refresh();
                Notification.show(getTranslation("users.added", created.username()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (DomainException refused) {
                message.setText(getTranslation(refused.getMessageKey(), refused.getArguments()));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(UserListItem::displayName).setHeader(getTranslation("users.displayName")).setSortable(true);
        grid.addColumn(UserListItem::username).setHeader(getTranslation("users.username")).setSortable(true);
        grid.addColumn(UserListItem::roleTitle).setHeader(getTranslation("users.roleTitle"));
        grid.addColumn(UserListItem::organisationName).setHeader(getTranslation("users.organisation"))
                .setSortable(true);
        grid.addColumn(u -> getTranslation(u.appRole().messageKey())).setHeader(getTranslation("users.appRole"));
        grid.addColumn(u -> u.email() == null ? "–" : u.email()).setHeader(getTranslation("users.email"));
        if (!accessActions.isEmpty()) {
            grid.addComponentColumn(u -> {
                var controls = new Span();
                accessActions.forEach(action -> action.forUser(u).ifPresent(controls::add));
                return controls;
            }).setHeader(getTranslation("users.access"));
        }
        grid.setAriaLabel(getTranslation("users.list"));
        grid.setAllRowsVisible(true);
        refresh();

        add(new H1(getTranslation("users.title")), new H2(getTranslation("users.new")), form, message, add,
                new H2(getTranslation("users.list")), grid);
    }

    private void refresh() {
        grid.setItems(userService.list());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("users.title"));
    }
}
