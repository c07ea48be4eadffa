package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * The page's one polite live region: what happens out of sight (a peer's change, somebody joining, the save state)
 * is read out by screen readers without moving the focus. The browser gathers what arrives within a moment and reads
 * it as one message, and does not repeat what the last message said within 20 seconds, so typing never becomes
 * chatter.
 */
public class Announcer extends Div {

    public Announcer() {
        addClassNames("announcer", "visually-hidden");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
    }

    /** Reads the text out on the page the component is on, if that page has an announcer; else does nothing. */
    public static void announce(Component onPage, String text) {
        onPage.getUI().map(ui -> ComponentUtil.getData(ui, Announcer.class))
                .ifPresent(announcer -> announcer.announce(text));
    }

    public void announce(String text) {
        getElement().executeJs("this.samarbeidAnnounce && this.samarbeidAnnounce($0)", text);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ComponentUtil.setData(event.getUI(), Announcer.class, this);
        getElement().executeJs("""
                const region = this;
                const more = $0;
                const queue = [];
                let spoken = new Set();
                let spokenAt = 0;
                let first = 0;
                let timer;
                region.samarbeidAnnounce = text => {
                  if (!queue.includes(text)) queue.push(text);
                  first = first || Date.now();
                  clearTimeout(timer);
                  // Read when things have been quiet for 1.5 s, and at the latest 5 s after the first news.
                  timer = setTimeout(() => {
                    const now = Date.now();
                    // What the last message said is not said again within 20 s; anything new is.
                    const fresh = queue.splice(0).filter(t => !(spoken.has(t) && spokenAt > now - 20000));
                    first = 0;
                    if (!fresh.length) return;
                    spoken = new Set(fresh);
                    spokenAt = now;
                    const message = fresh.slice(0, 4).join(' ')
                        + (fresh.length > 4 ? ' ' + more.replace('{0}', fresh.length - 4) : '');
                    // Emptied first, so that a screen reader hears a message equal to the last one as new.
                    region.textContent = '';
                    setTimeout(() => region.textContent = message, 50);
                  }, Math.max(0, Math.min(1500, first + 5000 - Date.now())));
                };""", getTranslation("announce.more"));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ComponentUtil.getData(event.getUI(), Announcer.class) == this) {
            ComponentUtil.setData(event.getUI(), Announcer.class, null);
        }
    }
}
