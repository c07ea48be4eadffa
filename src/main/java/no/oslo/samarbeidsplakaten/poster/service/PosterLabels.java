package no.oslo.samarbeidsplakaten.poster.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.oslo.samarbeidsplakaten.base.Choice;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.domain.Frequency;
import no.oslo.samarbeidsplakaten.poster.domain.FrequencyKind;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.domain.YearMonths;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Turns stored cell values into the words a reader sees, in one language: on screen (a view's translations) and in
 * print (the export's).
 */
@NamedInterface("service")
public final class PosterLabels {

    /** Looks up a translated text; a view's {@code getTranslation} is one. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... params);
    }

    private final Translator translator;
    private final Map<String, String> roleLabels;

    public PosterLabels(Translator translator, Map<String, String> roleLabels) {
        this.translator = translator;
        this.roleLabels = roleLabels;
    }

    public String t(String key, Object... params) {
        return translator.translate(key, params);
    }

    /**
     * These labels with the role names of a template version: a poster or version reads its roles as its template
     * named them, even after a later version renamed them.
     */
    public PosterLabels withRolesOf(PosterTemplate template) {
        var roles = new java.util.HashMap<>(roleLabels);
        Locale locale = templateLocale();
        template.roles().forEach(role -> roles.put(role.key(), role.label(locale)));
        return new PosterLabels(translator, roles);
    }

    /** The heading of a part of the poster, as the poster's template version words it. */
    public String sectionTitle(PosterTemplate template, String part) {
        return template.section(part).map(section -> section.title().text(templateLocale()))
                .filter(title -> !title.isBlank()).orElseGet(() -> t("section." + part));
    }

    /** The template's guidance for a part of the poster, or null when it gives none. */
    public @Nullable String sectionGuidance(PosterTemplate template, String part) {
        return template.section(part).map(section -> section.guidance().text(templateLocale()))
                .filter(guidance -> !guidance.isBlank()).orElse(null);
    }

    private Locale templateLocale() {
        return Locale.forLanguageTag(t("template.language"));
    }

    public String choice(Choice choice) {
        return t(choice.messageKey());
    }

    /** The label of a stored choice value of the given kind, or empty when none is chosen. */
    public String choice(CellKind kind, String stored) {
        return kind.choices().stream().filter(c -> c.name().equals(stored)).findFirst().map(this::choice).orElse("");
    }

    public String frequency(String stored) {
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

    /** Months in the year in words, in calendar order: "februar, mai, september, november". */
    public String months(String stored) {
        return String.join(", ", YearMonths.read(stored).months().stream().map(this::month).toList());
    }

    public String month(int month) {
        return t("month." + month);
    }

    public String monthShort(int month) {
        return t("month.short." + month);
    }

    /**
     * How chosen months disagree with the meeting's frequency, in words, or empty when they agree: "Hyppigheten er
     * inntil 4 i året, men 5 måneder er valgt."
     */
    public String monthsMismatch(String frequency, String months) {
        return YearMonths.read(months).mismatchWith(Frequency.read(frequency).orElse(null))
                .map(m -> t(m.kind() == FrequencyKind.UP_TO
                        ? "months.mismatch.atMost" : "months.mismatch.exactly", m.expected(), m.chosen()))
                .orElse("");
    }

    /** A stored value of a field as a reader sees it: labels for structured values, text as it is. */
    public String display(String fieldKey, String stored) {
        var field = MeetingField.byKey(fieldKey);
        if (field.isEmpty()) {
            return SectionField.kindOf(fieldKey) == CellKind.MONTHS
                    ? months(stored) : stored;
        }
        return switch (field.get().kind()) {
            case FREQUENCY -> frequency(stored);
            case MONTHS -> months(stored);
            case ROLES -> String.join(", ", roles(stored));
            case TEXT, NAME -> stored;
            default -> choice(field.get().kind(), stored);
        };
    }

    /** The label of a field, whichever part of the poster it is in. */
    public String fieldLabel(String fieldKey) {
        if (fieldKey == null) {
            return "";
        }
        var field = MeetingField.byKey(fieldKey);
        if (field.isPresent()) {
            return t(field.get().labelKey());
        }
        if (fieldKey.startsWith(SectionField.REFLECTION_PREFIX)) {
            return t("field.reflection");
        }
        if (fieldKey.startsWith(SectionField.REASON_PREFIX)) {
            return t("field.reason");
        }
        if (no.oslo.samarbeidsplakaten.poster.domain.RowList.COMMITMENT_TEXT.equals(fieldKey)) {
            return t("field.commitment");
        }
        return t("field." + fieldKey);
    }

    /** A meeting that deviates from a common rule, in words: "Etatsstyringsmøte – Hyppighet: 6 per år". */
    public String finding(PracticeCheck.Finding finding) {
        String value = display(finding.fieldKey(), finding.value());
        return t("practice.finding", finding.meetingName(), fieldLabel(finding.fieldKey()),
                value.isBlank() ? t("practice.notFilled") : value);
    }

    public String role(String key) {
        return roleLabels.getOrDefault(key, key);
    }

    public List<String> roles(String stored) {
        return CellKind.roleKeys(stored).stream().map(this::role).toList();
    }
}
