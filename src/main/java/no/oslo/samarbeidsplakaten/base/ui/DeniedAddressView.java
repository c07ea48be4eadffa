package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/** A page the user's role may not open (such as the admin's): answered as if it did not exist. */
@PermitAll
@ParentLayout(MainLayout.class)
public class DeniedAddressView extends PlainNotFoundPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show();
    }
}
