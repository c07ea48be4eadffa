package no.oslo.samarbeidsplakaten.poster.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.Choice;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.Frequency;

/** Turns stored cell values into the words a reader sees, in the UI's language. */
final class PosterLabels {

    private final Component context;
    private final Map<String, String> roleLabels;

    PosterLabels(Component context, Map<String, String> roleLabels) {
        this.context = context;
        this.roleLabels = roleLabels;
    }

    String t(String key, Object... params) {
        return context.getTranslation(key, params);
    }

    String choice(Choice choice) {
        return t(choice.messageKey());
    }

    /** The label of a stored choice value of the given kind, or empty when none is chosen. */
    String choice(CellKind kind, String stored) {
        return kind.choices().stream().filter(c -> c.name().equals(stored)).findFirst().map(this::choice).orElse("");
    }

    String frequency(String stored) {
        Frequency frequency = Frequency.parse(stored);
        if (frequency == null) {
            return "";
        }
        if (!frequency.hasCount()) {
            return choice(frequency.kind());
        }
        return t("frequency.text." + frequency.kind().name(), frequency.count(),
                t("frequency.per." + frequency.period().name()));
    }

    String role(String key) {
        return roleLabels.getOrDefault(key, key);
    }

    List<String> roles(String stored) {
        return CellKind.roleKeys(stored).stream().map(this::role).toList();
    }
}
