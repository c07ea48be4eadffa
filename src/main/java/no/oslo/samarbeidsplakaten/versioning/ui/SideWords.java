package no.oslo.samarbeidsplakaten.versioning.ui;

import com.vaadin.flow.component.Component;
import no.oslo.samarbeidsplakaten.security.domain.Side;

/** A version's record keeps sides as codes, e.g. "Etatssjef (AGENCY)": shown as "Etatssjef (Virksomheten)". */
final class SideWords {

    private SideWords() {
    }

    static String of(String stored, Component context) {
        String shown = stored;
        for (Side side : Side.values()) {
            shown = shown.replace(side.name() + ")", context.getTranslation(side.messageKey()) + ")");
        }
        return shown;
    }
}
