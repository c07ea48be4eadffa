package no.oslo.samarbeidsplakaten.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in bokmål unless the user has chosen English; the choice is kept in a cookie so it survives
 * log-out and restarts.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    static final String COOKIE = "samarbeidsplakaten-lang";

    private final TranslationProvider translations;

    LocaleSelection(TranslationProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            Locale locale = fromRequest(VaadinRequest.getCurrent());
            ui.setLocale(locale);
            // Screen readers read the page by the document's language, which the bootstrap page does not follow.
            ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
            // Typing goes on while the connection is down; say plainly what is and is not saved.
            var reconnect = ui.getReconnectDialogConfiguration();
            reconnect.setDialogText(translations.getTranslation("connection.lost", locale));
            reconnect.setDialogTextGaveUp(translations.getTranslation("connection.gaveUp", locale));
        });
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = TranslationProvider.supported(info.getLocale());
            var messages = new CustomizedSystemMessages();
            // Never reload by itself after a restart: unsaved text on screen must stay there to be copied.
            messages.setSessionExpiredNotificationEnabled(true);
            messages.setSessionExpiredCaption(translations.getTranslation("session.expired.caption", locale));
            messages.setSessionExpiredMessage(translations.getTranslation("session.expired.message", locale));
            return messages;
        });
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return TranslationProvider.NORWEGIAN;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .findFirst()
                .map(c -> TranslationProvider.supported(Locale.forLanguageTag(c.getValue())))
                .orElse(TranslationProvider.NORWEGIAN);
    }

    /** Switches the current UI's language and remembers it for the next visits. */
    public static void choose(UI ui, Locale locale) {
        Locale chosen = TranslationProvider.supported(locale);
        var cookie = new Cookie(COOKIE, chosen.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie);
        }
        ui.getSession().setLocale(chosen);
        ui.getPage().reload();
    }
}
