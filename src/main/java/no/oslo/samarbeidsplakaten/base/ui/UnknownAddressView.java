package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** An address the app has no page for; replaces Vaadin's page, which lists every route in development mode. */
@PermitAll
@ParentLayout(MainLayout.class)
public class UnknownAddressView extends PlainNotFoundPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show();
    }
}
