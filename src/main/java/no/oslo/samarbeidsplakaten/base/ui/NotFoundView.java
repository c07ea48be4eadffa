package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import no.oslo.samarbeidsplakaten.base.NotFoundException;

/** A poster, version or row that does not exist, or that the user may not see. */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundView extends PlainNotFoundPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show();
    }
}
