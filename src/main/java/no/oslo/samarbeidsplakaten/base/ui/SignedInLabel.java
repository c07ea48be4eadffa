package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.Component;

/** Who is signed in, as the app bar names them; the feature that knows the users provides it. */
public interface SignedInLabel {

    /** @param where the component the label is shown in, for its translations */
    String label(Component where);
}
