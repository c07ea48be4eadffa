package no.oslo.samarbeidsplakaten.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Reads the UI's strings from {@code vaadin-i18n/translations_nb.properties} and {@code ..._en.properties}.
 * Norwegian bokmål is the default; a locale we do not have falls back to bokmål, never to the JVM's locale.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(NORWEGIAN, ENGLISH);

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    /** The supported locale closest to the requested one: English for English, otherwise bokmål. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : NORWEGIAN;
    }
}
