package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.base.i18n.LocaleSelection;
import no.oslo.samarbeidsplakaten.base.i18n.TranslationProvider;

/** Lets the user switch between bokmål and English; each language is named in itself. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Locale current) {
        addClassName("language-switch");
        setItems(TranslationProvider.LOCALES);
        setItemLabelGenerator(l -> "en".equals(l.getLanguage()) ? "English" : "Norsk bokmål");
        setAriaLabel(getTranslation("language.label"));
        setValue(TranslationProvider.supported(current));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> LocaleSelection.choose(ui, e.getValue()));
            }
        });
    }
}
