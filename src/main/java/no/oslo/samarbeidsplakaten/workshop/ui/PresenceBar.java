package no.oslo.samarbeidsplakaten.workshop.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.ui.Announcer;
import no.oslo.samarbeidsplakaten.workshop.service.PresenceService.Present;

/** Who is here: one chip per person, coloured by their side, with name and role; updated live. */
class PresenceBar extends Div {

    private final Span count = new Span();
    private final UnorderedList people = new UnorderedList();
    private List<String> shown = List.of();
    private final Map<String, String> names = new LinkedHashMap<>();

    PresenceBar() {
        addClassName("presence-bar");
        count.addClassName("presence-count");
        people.addClassName("presence-list");
        add(count, people);
    }

    public void show(List<Present> present) {
        // One chip per person, even with the poster open in several tabs.
        Map<String, Present> byPerson = new LinkedHashMap<>();
        present.forEach(p -> byPerson.putIfAbsent(p.actorKey(), p));
        // Most presence news is about who is in which field; the chips change only when people come and go.
        List<String> people = List.copyOf(byPerson.keySet());
        if (people.equals(shown)) {
            return;
        }
        if (!shown.isEmpty()) {
            announceComingAndGoing(byPerson);
        }
        shown = people;
        names.clear();
        byPerson.forEach((key, person) -> names.put(key, person.displayName()));
        count.setText(getTranslation("presence.count", byPerson.size()));
        this.people.getElement().setAttribute("aria-label", getTranslation("presence.label", byPerson.size()));
        this.people.removeAll();
        for (Present person : byPerson.values()) {
            var initials = new Span(initials(person.displayName()));
            initials.addClassName("presence-initials");
            initials.getElement().setAttribute("aria-hidden", "true");
            var name = new Span(person.displayName());
            name.addClassName("presence-name");
            var role = new Span(person.roleTitle() + " · " + getTranslation(person.side().messageKey()));
            role.addClassName("presence-role");
            var chip = new ListItem(initials, name, role);
            chip.addClassName("presence-chip");
            chip.getElement().setAttribute("data-side", person.side().name());
            chip.getElement().setAttribute("title", person.displayName() + ", " + person.roleTitle());
            this.people.add(chip);
        }
    }

    /** A screen reader hears who came and who left, not the whole list again. */
    private void announceComingAndGoing(Map<String, Present> now) {
        now.forEach((key, person) -> {
            if (!shown.contains(key)) {
                Announcer.announce(this, getTranslation("announce.joined", person.displayName()));
            }
        });
        shown.stream().filter(key -> !now.containsKey(key))
                .forEach(key -> Announcer.announce(this, getTranslation("announce.left", names.get(key))));
    }

    static String initials(String name) {
        var result = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && result.length() < 2) {
                result.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return result.toString();
    }
}
