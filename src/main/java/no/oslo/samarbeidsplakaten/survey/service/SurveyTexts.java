package no.oslo.samarbeidsplakaten.survey.service;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/** The kartlegging's values in words, the same on the page as in the downloads. */
public final class SurveyTexts {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(OsloTime.ZONE);

    private final PosterLabels labels;

    private final Locale locale;

    public SurveyTexts(PosterLabels labels, Locale locale) {
        this.labels = labels;
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String frequency(String stored) {
        return labels.frequency(stored);
    }

    public String roles(String stored) {
        return String.join(", ", labels.roles(stored));
    }

    /** The label of a stored choice of a cell kind, e.g. {@code choice(CellKind.PUBLICITY, "PUBLIC")}. */
    public String choice(CellKind kind, String stored) {
        return labels.choice(kind, stored);
    }

    public String t(String key, Object... params) {
        return labels.t(key, params);
    }

    /** "Per 30.11.2026, basert på 8 vedtatte og 4 utkast til plakater". */
    public String basedOn(CitySurvey survey) {
        return t("survey.basedOn", DATE.format(survey.date()), survey.agreedCount(), survey.draftCount());
    }

    public String status(PairPractice pair) {
        String status = t("choice.PairStatus." + pair.status().name());
        if (pair.agreed()) {
            status = t("survey.status.agreedVersion", status, pair.agreedVersion());
        }
        if (pair.editedSinceAgreed()) {
            status = status + " · " + t("survey.status.editedSince");
        }
        if (pair.otherTemplate()) {
            status = status + " · " + t("survey.otherTemplate");
        }
        return status;
    }

    public String approvers(PairPractice pair) {
        return String.join(", ", pair.approvers().stream().map(a -> a.side() == null ? a.roleTitle()
                : t("survey.approver", a.roleTitle(), t(a.side().messageKey()))).toList());
    }

    public String agreedAt(PairPractice pair) {
        return pair.agreedAt() == null ? "" : DATE.format(pair.agreedAt());
    }

    public String nextReview(PairPractice pair) {
        return pair.nextReview() == null ? "" : DATE.format(pair.nextReview());
    }

    /** A meeting's comparable attributes, a line each: frequency, chair, political leadership, minutes, publicity. */
    public List<String> lines(MeetingPractice meeting) {
        var lines = new ArrayList<String>();
        add(lines, "survey.line.frequency", labels.frequency(meeting.frequency()));
        add(lines, "survey.line.chair", String.join(", ", labels.roles(meeting.chair())));
        add(lines, "survey.line.political", labels.choice(CellKind.POLITICAL_ROLE, meeting.politicalRole()));
        add(lines, "survey.line.documentation", labels.choice(CellKind.DOCUMENTATION_KIND, meeting.documentation()));
        add(lines, "survey.line.publicity", labels.choice(CellKind.PUBLICITY, meeting.publicity()));
        return lines;
    }

    /** The same attributes in one short line, for print: "Inntil 4 per år · Kommunaldirektør · PL: … · Referat …". */
    public String compact(MeetingPractice meeting) {
        var parts = new ArrayList<String>();
        parts.add(orNotStated(labels.frequency(meeting.frequency())));
        parts.add(orNotStated(String.join(", ", labels.roles(meeting.chair()))));
        parts.add(t("survey.line.politicalShort",
                orNotStated(labels.choice(CellKind.POLITICAL_ROLE, meeting.politicalRole()))));
        parts.add(orNotStated(labels.choice(CellKind.DOCUMENTATION_KIND, meeting.documentation())));
        parts.add(orNotStated(labels.choice(CellKind.PUBLICITY, meeting.publicity())));
        return String.join(" · ", parts);
    }

    private String orNotStated(String value) {
        return value.isBlank() ? t("survey.notStated") : value;
    }

    private void add(List<String> lines, String key, String value) {
        lines.add(t(key, value.isBlank() ? t("survey.notStated") : value));
    }

    /** A meeting's heading in a matrix cell: its name, marked when its type comes from another template. */
    public String heading(MeetingPractice meeting) {
        String name = meeting.name().isBlank() ? t("survey.unnamed") : meeting.name();
        return meeting.otherTemplate() ? name + " (" + t("survey.otherTemplate") + ")" : name;
    }

    public String findings(PairPractice.Deviation deviation) {
        return String.join("; ", deviation.findings().stream().map(labels::finding).toList());
    }

    public String perYear(Double value) {
        return value == null ? t("survey.noNumber")
                : t("survey.decimal", value);
    }
}
