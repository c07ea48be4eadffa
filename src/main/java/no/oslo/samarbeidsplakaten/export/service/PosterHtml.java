package no.oslo.samarbeidsplakaten.export.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.base.text.Markup;
import no.oslo.samarbeidsplakaten.poster.service.MeetingMatrix;
import no.oslo.samarbeidsplakaten.poster.service.YearPlan;
import no.oslo.samarbeidsplakaten.poster.service.YearWheel;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument.Row;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabels;

/**
 * The printed poster as XHTML for the PDF renderer. Every user text goes through {@link #text}, so markup typed into
 * a field prints as the characters typed. Sizes in the stylesheet are in em of one base size, which the renderer
 * chooses so that the poster fills one page.
 */
final class PosterHtml {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String STYLESHEET = resource("/export/poster-print.css");
    
    private final PrintablePoster poster;
    private final PosterLabels labels;
    private final String qrDataUri;
    private final StringBuilder html = new StringBuilder(32_000);

    PosterHtml(PrintablePoster poster, String qrDataUri) {
        this.poster = poster;
        this.labels = poster.labels();
        this.qrDataUri = qrDataUri;
    }

    /**
     * @param pageHeightMm the page height to lay out on: the paper's, or a very tall one to measure the content
     * @param overflowNotice say on the poster that it did not fit one page at the smallest type size
     * @param wheelPage add the annual wheel's page, on a paper too small to show it beside the matrix
     */
    String render(PaperFormat format, float fontPt, float pageHeightMm, boolean overflowNotice, boolean wheelPage) {
        html.setLength(0);
        var document = poster.document();
        String title = labels.t("print.title", document.summary().departmentName(),
                document.summary().agencyName());
        html.append("<!DOCTYPE html>\n<html lang=\"").append(poster.locale().getLanguage().equals("en") ? "en" : "nb")
                .append("\"><head><meta charset=\"UTF-8\"/><title>").append(text(title)).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(text(subject())).append("\"/>")
                .append("<meta name=\"description\" content=\"").append(text(subject())).append("\"/>")
                .append("<meta name=\"author\" content=\"").append(text(labels.t("print.author"))).append("\"/>")
                .append("<style>").append(STYLESHEET)
                .append("@page { size: ").append(format.widthMm()).append("mm ").append(pageHeightMm)
                .append("mm; margin: ").append(format.marginMm()).append("mm; }")
                .append("body { font-size: ").append(String.format(Locale.ROOT, "%.2f", fontPt)).append("pt; }")
                .append("</style></head><body>");
        header(title, overflowNotice, format);
        html.append("<div class=\"columns three\">");
        purpose();
        gap();
        documents();
        gap();
        signals();
        html.append("</div>");
        var plan = YearPlan.of(document, labels);
        boolean wheel = !plan.placed().isEmpty();
        if (wheel && format.wheelBesideMatrix()) {
            html.append("<div class=\"columns with-wheel\">");
            meetings(document);
            gap();
            yearPlan(plan, "year-plan beside");
            html.append("</div>");
        } else {
            meetings(document);
        }
        html.append("<div class=\"columns bottom\">");
        commitments(document);
        gap();
        stamp();
        html.append("</div>");
        if (poster.includeReflection()) {
            reflection(document);
        }
        if (wheel && wheelPage && !format.wheelBesideMatrix()) {
            yearPlan(plan, "year-plan page");
        }
        if (poster.stamp().draft()) {
            html.append("<div class=\"watermark\" aria-hidden=\"true\">").append(text(labels.t("print.watermark")))
                    .append("</div>");
        }
        html.append("</body></html>");
        return html.toString();
    }

    /** Whether the PDF gets a second page for the annual wheel: on A4, when anything is placed in the year. */
    boolean hasWheelPage(PaperFormat format) {
        return !format.wheelBesideMatrix() && !YearPlan.of(poster.document(), labels).placed().isEmpty();
    }

    private String subject() {
        var stamp = poster.stamp();
        return stamp.draft() ? labels.t("print.subject.draft")
                : labels.t("print.subject.version", stamp.versionNumber(), date(stamp.lockedAt()));
    }

    private void header(String title, boolean overflowNotice, PaperFormat format) {
        var stamp = poster.stamp();
        html.append("<div class=\"band\"><h1>").append(text(title)).append("</h1><p class=\"status\">");
        if (stamp.draft()) {
            html.append("<span class=\"chip draft\">").append(text(labels.t("print.draft"))).append("</span> ")
                    .append(text(labels.t("print.draftNotice", dateTime(stamp.lastChangedAt()))));
        } else {
            html.append("<span class=\"chip\">").append(text(labels.t("print.version", stamp.versionNumber())))
                    .append("</span> ").append(text(labels.t("print.lockedAt", date(stamp.lockedAt()))))
                    .append(" · ").append(text(stamp.current() ? labels.t("version.current")
                            : labels.t("version.replaced", stamp.latestAgreed())));
        }
        html.append("</p>");
        if (overflowNotice) {
            html.append("<p class=\"overflow\">").append(text(labels.t("print.overflow", format.name())))
                    .append("</p>");
        }
        html.append("</div>");
    }

    private void purpose() {
        var document = poster.document();
        section("purpose", labels.sectionTitle(poster.document().template(), "purpose"));
        paragraphs(document.section(SectionField.PURPOSE).value());
        html.append("<h3>").append(text(labels.t("print.principles"))).append("</h3>");
        bullets(document.principles());
        html.append("</div>");
    }

    private void documents() {
        section("documents", labels.sectionTitle(poster.document().template(), "documents"));
        documentCard("documents.allocation", SectionField.ALLOCATION_TIMING, SectionField.ALLOCATION_INVOLVEMENT,
                SectionField.ALLOCATION_REPORTING);
        documentCard("documents.assignment", SectionField.ASSIGNMENT_TIMING, SectionField.ASSIGNMENT_INVOLVEMENT,
                SectionField.ASSIGNMENT_REPORTING);
        html.append("</div>");
    }

    private void documentCard(String titleKey, SectionField... fields) {
        html.append("<h3>").append(text(labels.t(titleKey))).append("</h3><dl>");
        for (SectionField field : fields) {
            String value = poster.document().section(field).value();
            if (!value.isBlank()) {
                html.append("<dt>").append(text(labels.t("field." + field.key()))).append("</dt><dd>");
                paragraphs(value);
                html.append("</dd>");
            }
        }
        html.append("</dl>");
    }

    private void signals() {
        section("signals", labels.sectionTitle(poster.document().template(), "signals"));
        paragraphs(poster.document().section(SectionField.SIGNALS).value());
        html.append("</div>");
    }

    private void section(String kind, String heading) {
        html.append("<div class=\"card ").append(kind).append("\"><h2>").append(text(heading)).append("</h2>");
    }

    /** The centrepiece: meetings as rows, attributes as columns, formal meetings first. */
    private void meetings(PosterDocument document) {
        var attributes = MeetingMatrix.attributes(labels).stream()
                .filter(a -> !a.labelKey().equals("meeting.field.formality")).toList();
        html.append("<div class=\"meetings\"><h2>").append(text(labels.sectionTitle(poster.document().template(), "meetings"))).append("</h2>")
                .append("<table><thead><tr><th scope=\"col\" class=\"name\">")
                .append(text(labels.t("print.meeting"))).append("</th>");
        for (var attribute : attributes) {
            html.append("<th scope=\"col\">").append(text(labels.t(attribute.labelKey()))).append("</th>");
        }
        html.append("</tr></thead>");
        for (Formality formality : Formality.values()) {
            var group = document.meetings().stream()
                    .filter(m -> formality.name().equals(m.cell(MeetingField.FORMALITY).value())).toList();
            if (group.isEmpty()) {
                continue;
            }
            html.append("<tbody><tr class=\"group\"><th scope=\"rowgroup\" colspan=\"").append(attributes.size() + 1)
                    .append("\">").append(text(labels.t("meetings.group." + formality.name()))).append("</th></tr>");
            for (Row meeting : group) {
                html.append("<tr><th scope=\"row\" class=\"name\">")
                        .append(text(meeting.cell(MeetingField.NAME).value())).append("</th>");
                for (var attribute : attributes) {
                    html.append("<td>");
                    var lines = attribute.linesOf(meeting);
                    for (int i = 0; i < lines.size(); i++) {
                        boolean structured = i == 0 && !attribute.textOnly();
                        html.append(structured ? "<p class=\"value\">" : "<p>").append(text(lines.get(i)))
                                .append("</p>");
                    }
                    html.append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody>");
        }
        html.append("</table></div>");
    }

    /**
     * The annual wheel with its table: the numbers on the wheel name the table's rows, grouped by ring. Beside the
     * matrix the table goes under the wheel; on a page of its own, beside it.
     */
    private void yearPlan(YearPlan plan, String classes) {
        html.append("<div class=\"").append(classes).append("\"><h2>").append(text(labels.t("yearplan.section")))
                .append("</h2><div class=\"wheel-and-table\"><div class=\"wheel\">")
                .append(YearWheel.svg(plan, labels, "arshjul", YearWheel.Type.REGULAR))
                .append("</div><div class=\"gap\"></div><div class=\"plan\"><table class=\"plan\"><caption>")
                .append(text(labels.t("yearplan.caption")))
                .append("</caption><thead><tr><th scope=\"col\" class=\"number\">")
                .append(text(labels.t("yearplan.col.number"))).append("</th><th scope=\"col\">")
                .append(text(labels.t("yearplan.col.name"))).append("</th><th scope=\"col\">")
                .append(text(labels.t("yearplan.col.months"))).append("</th></tr></thead>");
        for (var ring : YearPlan.Ring.values()) {
            html.append("<tbody><tr class=\"ring\"><th scope=\"rowgroup\" colspan=\"3\">")
                    .append(text(labels.t("yearplan.ring." + ring.name()))).append("</th></tr>");
            for (var entry : plan.of(ring)) {
                int number = plan.numberOf(entry);
                html.append("<tr><td class=\"number\">").append(number == 0 ? "–" : String.valueOf(number))
                        .append("</td><th scope=\"row\">").append(text(entry.name())).append("</th><td>")
                        .append(text(entry.placed() ? labels.months(entry.months().encode())
                                : labels.t("yearplan.notPlaced")))
                        .append("</td></tr>");
            }
            html.append("</tbody>");
        }
        html.append("</table></div></div></div>");
    }

    private void commitments(PosterDocument document) {
        html.append("<div class=\"card commitments\"><h2>").append(text(labels.sectionTitle(poster.document().template(), "commitments")))
                .append("</h2><div class=\"columns two\">");
        for (RowList side : List.of(RowList.DEPARTMENT_COMMITMENTS, RowList.AGENCY_COMMITMENTS)) {
            html.append("<div class=\"side\"><h3>").append(text(labels.t(side == RowList.DEPARTMENT_COMMITMENTS
                    ? "commitments.department" : "commitments.agency"))).append("</h3>");
            bullets(document.rows(side).stream().map(r -> r.cell(RowList.COMMITMENT_TEXT).value())
                    .filter(t -> !t.isBlank()).toList());
            html.append("</div>");
            if (side == RowList.DEPARTMENT_COMMITMENTS) {
                gap();
            }
        }
        html.append("</div></div>");
    }

    /** Space between side-by-side parts: table cells take no margins. */
    private void gap() {
        html.append("<div class=\"gap\"></div>");
    }

    private void stamp() {
        var stamp = poster.stamp();
        html.append("<div class=\"stamp\"><img class=\"qr\" src=\"").append(qrDataUri).append("\" alt=\"")
                .append(text(labels.t("print.qrAlt", poster.address()))).append("\"/>");
        if (stamp.draft()) {
            html.append("<p class=\"stamp-title\">").append(text(labels.t("print.draft"))).append("</p><p>")
                    .append(text(labels.t("print.draftNotice", dateTime(stamp.lastChangedAt())))).append("</p>");
            if (stamp.latestAgreed() != null) {
                html.append("<p>").append(text(labels.t("print.currentIs", stamp.latestAgreed()))).append("</p>");
            }
        } else {
            html.append("<p class=\"stamp-title\">").append(text(labels.t("print.version", stamp.versionNumber())))
                    .append("</p><p>").append(text(labels.t("print.lockedAt", date(stamp.lockedAt()))))
                    .append("</p><p><strong>").append(text(labels.t("print.approvers"))).append("</strong> ")
                    .append(text(String.join(" · ", stamp.approverRoles()))).append("</p><p>")
                    .append(text(labels.t("version.review", date(stamp.nextReview())))).append("</p>");
        }
        var template = poster.document().template();
        html.append("<p class=\"small\">").append(text(labels.t("print.template", template.name(),
                template.version()))).append("</p><p class=\"small\">")
                .append(text(labels.t(stamp.draft() ? "print.qrDraft" : "print.qrVersion"))).append(" ")
                .append(text(poster.address())).append("</p></div>");
    }

    private void reflection(PosterDocument document) {
        html.append("<div class=\"card reflection\"><h2>").append(text(labels.sectionTitle(poster.document().template(), "reflection")))
                .append("</h2>");
        for (var question : document.template().reflectionQuestions()) {
            html.append("<h3>").append(text(question.text(poster.locale()))).append("</h3>");
            String answer = document.reflection(question.key()).value();
            if (answer.isBlank()) {
                html.append("<p>").append(text(labels.t("reflection.noAnswer"))).append("</p>");
            } else {
                paragraphs(answer);
            }
        }
        html.append("</div>");
    }

    private void paragraphs(String value) {
        for (String paragraph : value.split("\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(text(paragraph)).append("</p>");
            }
        }
    }

    private void bullets(List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(text(item)).append("</li>"));
        html.append("</ul>");
    }

    private String date(java.time.temporal.TemporalAccessor value) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(poster.locale()).withZone(OsloTime.ZONE)
                .format(value);
    }

    private String dateTime(java.time.Instant value) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(poster.locale())
                .withZone(OsloTime.ZONE).format(value);
    }

    /** User text as XML character data: markup escaped, characters XML cannot carry dropped. */
    static String text(String value) {
        return Markup.escape(value);
    }

    private static String resource(String path) {
        try (InputStream in = PosterHtml.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
