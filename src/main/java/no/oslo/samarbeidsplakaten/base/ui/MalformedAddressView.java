package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * An address whose number no poster or version can have ({@code /plakat/99999999999999999999}): the same "not found"
 * as any other address without a page, instead of the number parser's message.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class MalformedAddressView extends PlainNotFoundPage implements HasErrorParameter<NumberFormatException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        return show();
    }
}
