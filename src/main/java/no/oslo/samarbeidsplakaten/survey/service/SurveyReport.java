package no.oslo.samarbeidsplakaten.survey.service;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.text.Markup;
import no.oslo.samarbeidsplakaten.poster.domain.PoliticalRole;

/**
 * The kartlegging as a tagged PDF report (A4 landscape): what it is based on, the status of every pair, the charts
 * drawn as bars with their numbers written beside them, the practice matrix (a line per meeting), the deviations
 * with reasons and the terms. The reflection answers are working notes, which the poster does not print either: they
 * are on the page and in the workbook. Everything is set as text from escaped user input; nothing is fetched.
 */
final class SurveyReport {

    static final String FONT_FAMILY = "Report Sans";
    private static final byte[] REGULAR = withoutGlyphSubstitution(font("DejaVuSans.ttf"));
    private static final byte[] BOLD = withoutGlyphSubstitution(font("DejaVuSans-Bold.ttf"));

    private final CitySurvey survey;
    private final SurveyTexts texts;
    private final List<SurveyFigures.TermUse> terms;
    private final StringBuilder html = new StringBuilder(256 * 1024);

    private SurveyReport(CitySurvey survey, SurveyTexts texts, List<SurveyFigures.TermUse> terms) {
        this.survey = survey;
        this.texts = texts;
        this.terms = terms;
    }

    static byte[] render(CitySurvey survey, SurveyTexts texts, List<SurveyFigures.TermUse> terms) {
        return pdf(new SurveyReport(survey, texts, terms).xhtml());
    }

    String xhtml() {
        html.append("<!DOCTYPE html><html lang=\"").append(texts.locale().getLanguage()).append("\"><head><title>")
                .append(escape(texts.t("survey.title"))).append("</title><meta name=\"description\" content=\"")
                .append(escape(texts.basedOn(survey))).append("\"/><style>").append(CSS)
                .append("</style></head><body>");
        html.append("<h1>").append(escape(texts.t("survey.title"))).append("</h1><p class=\"lead\">")
                .append(escape(texts.basedOn(survey))).append(' ')
                .append(escape(texts.t("survey.template", survey.templateName(), survey.templateVersion())))
                .append("</p>");
        counts();
        status();
        charts();
        matrix();
        deviations();
        termList();
        html.append("<p>").append(escape(texts.t("survey.report.reflection"))).append("</p>");
        html.append("</body></html>");
        return html.toString();
    }

    private void counts() {
        html.append("<ul class=\"counts\"><li>").append(escape(texts.t("survey.count.pairs"))).append(": ")
                .append(survey.pairs().size()).append("</li>");
        for (PairStatus status : PairStatus.values()) {
            html.append("<li>").append(escape(texts.t("choice.PairStatus." + status.name()))).append(": ")
                    .append(survey.count(status)).append("</li>");
        }
        html.append("</ul>");
    }

    private void status() {
        heading("survey.tab.status");
        table(List.of("survey.col.agency", "survey.col.department", "survey.col.status", "survey.col.agreedAt",
                "survey.col.approvedBy", "survey.col.nextReview"));
        for (PairPractice pair : survey.pairs()) {
            row(pair.agencyName(), pair.departmentName(), texts.status(pair), texts.agreedAt(pair),
                    texts.approvers(pair), texts.nextReview(pair));
        }
        endTable();
    }

    private void charts() {
        heading("survey.tab.pictures");
        var perPair = SurveyFigures.formalMeetingsPerYear(survey);
        int max = Math.max(1, perPair.stream().mapToInt(SurveyFigures.PairMeetings::perYear).max().orElse(1));
        subheading("survey.chart.formal", "survey.chart.formal.lead");
        html.append("<table class=\"chart\">");
        for (var pair : perPair) {
            bar(pair.agency(), pair.perYear(), max, String.valueOf(pair.perYear())
                    + (pair.withoutNumber() > 0 ? " + " + texts.t("survey.report.withoutNumber", pair.withoutNumber())
                            : ""));
        }
        html.append("</table>");
        subheading("survey.chart.minutes", "survey.chart.minutes.lead");
        html.append("<table class=\"chart\">");
        for (var share : SurveyFigures.minutesByType(survey, texts.t("survey.col.other"))) {
            bar(share.label(), share.percent(), 100, texts.t("survey.report.share", share.percent(), share.doing(),
                    share.pairs()));
        }
        html.append("</table>");
        subheading("survey.chart.political", "survey.chart.political.lead");
        html.append("<p class=\"legend\">");
        for (PoliticalRole role : PoliticalRole.values()) {
            html.append("<span class=\"key\" style=\"background:").append(SurveyFigures.ROLE_COLOURS.get(role))
                    .append("\"></span> ").append(escape(texts.t(role.messageKey()))).append("&#160;&#160; ");
        }
        html.append("</p><table class=\"chart\">");
        var involvement = SurveyFigures.politicalInvolvement(survey, texts.t("survey.col.other"));
        long most = Math.max(1, involvement.stream()
                .mapToLong(i -> i.meetings().values().stream().mapToLong(Long::longValue).sum()).max().orElse(1));
        for (var type : involvement) {
            html.append("<tr><th scope=\"row\">").append(escape(type.label())).append("</th><td><div class=\"track\">");
            var words = new StringBuilder();
            for (PoliticalRole role : PoliticalRole.values()) {
                long count = type.meetings().get(role);
                if (count > 0) {
                    html.append("<div class=\"bar\" style=\"width:").append(Math.max(0.5, 100.0 * count / most))
                            .append("%;background:").append(SurveyFigures.ROLE_COLOURS.get(role)).append("\"></div>");
                }
                words.append(words.isEmpty() ? "" : ", ").append(texts.t(role.messageKey())).append(' ').append(count);
            }
            html.append("</div></td><td class=\"value\">").append(escape(words.toString())).append("</td></tr>");
        }
        html.append("</table>");
    }

    private void bar(String label, int value, int max, String words) {
        html.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td><div class=\"track\">");
        if (value > 0) {
            html.append("<div class=\"bar\" style=\"width:").append(100.0 * value / max).append("%\"></div>");
        }
        html.append("</div></td><td class=\"value\">").append(escape(words)).append("</td></tr>");
    }

    private void matrix() {
        heading("survey.matrix.caption");
        html.append("<p>").append(escape(texts.t("survey.report.legend"))).append("</p>");
        html.append("<table class=\"data matrix\"><thead><tr><th scope=\"col\">")
                .append(escape(texts.t("survey.col.pair"))).append("</th>");
        survey.types().forEach(type -> html.append("<th scope=\"col\">").append(escape(type.name())).append("</th>"));
        html.append("<th scope=\"col\">").append(escape(texts.t("survey.col.other"))).append("</th></tr></thead><tbody>");
        for (PairPractice pair : survey.pairs()) {
            html.append("<tr><th scope=\"row\">").append(escape(pair.agencyName())).append("<br/><span class=\"small\">")
                    .append(escape(pair.departmentName()));
            if (pair.posterId() == null) {
                html.append("<br/>").append(escape(texts.t("choice.PairStatus.NO_POSTER")));
            } else if (!pair.agreed()) {
                html.append("<br/>").append(escape(texts.t("survey.fromDraft")));
            }
            html.append("</span></th>");
            survey.types().forEach(type -> meetings(pair.meetingsOf(type.key()), type.name()));
            meetings(pair.otherMeetings(), null);
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private void meetings(List<MeetingPractice> meetings, String standardName) {
        html.append("<td>");
        if (meetings.isEmpty()) {
            html.append(escape(texts.t("survey.none")));
        }
        for (MeetingPractice meeting : meetings) {
            String heading = texts.heading(meeting);
            if (standardName == null || !heading.equals(standardName)) {
                html.append("<b>").append(escape(heading)).append("</b><br/>");
            }
            html.append(escape(texts.compact(meeting))).append("<br/>");
        }
        html.append("</td>");
    }

    private void deviations() {
        heading("survey.tab.deviations");
        long withPoster = survey.pairs().stream().filter(p -> p.posterId() != null).count();
        for (var rule : survey.rules()) {
            html.append("<h3>").append(escape(rule.text(texts.locale()))).append("</h3>");
            var lines = survey.pairs().stream().flatMap(pair -> pair.deviations().stream()
                    .filter(d -> d.rule().key().equals(rule.key())).map(d -> new Object[] {pair, d})).toList();
            html.append("<p>").append(escape(texts.t("survey.deviations.count", lines.size(), withPoster)))
                    .append("</p>");
            if (lines.isEmpty()) {
                continue;
            }
            table(List.of("survey.col.pair", "survey.col.finding", "survey.col.reason"));
            for (Object[] line : lines) {
                var pair = (PairPractice) line[0];
                var deviation = (PairPractice.Deviation) line[1];
                row(pair.agencyName(), texts.findings(deviation),
                        deviation.reason().isBlank() ? texts.t("practice.noReason") : deviation.reasonInWords(texts));
            }
            endTable();
        }
    }

    private void termList() {
        heading("survey.tab.terms");
        table(List.of("survey.col.name", "survey.col.pairs", "survey.col.countsAs"));
        for (var term : terms) {
            String countsAs = term.type() == null ? texts.t("survey.terms.noType")
                    : term.marked() ? texts.t("survey.terms.marked", survey.typeName(term.type()))
                            : survey.typeName(term.type());
            row(term.name(), String.valueOf(term.pairs()), countsAs);
        }
        endTable();
    }

    private void heading(String key) {
        html.append("<h2>").append(escape(texts.t(key))).append("</h2>");
    }

    private void subheading(String key, String leadKey) {
        html.append("<h3>").append(escape(texts.t(key))).append("</h3><p>").append(escape(texts.t(leadKey)))
                .append("</p>");
    }

    private void table(List<String> headerKeys) {
        html.append("<table class=\"data\"><thead><tr>");
        headerKeys.forEach(key -> html.append("<th scope=\"col\">").append(escape(texts.t(key))).append("</th>"));
        html.append("</tr></thead><tbody>");
    }

    private void row(String rowHeader, String... cells) {
        html.append("<tr><th scope=\"row\">").append(escape(rowHeader)).append("</th>");
        for (String cell : cells) {
            html.append("<td>").append(escape(cell)).append("</td>");
        }
        html.append("</tr>");
    }

    private void endTable() {
        html.append("</tbody></table>");
    }

    /** User text in the report: escaped, its line breaks kept. */
    static String escape(String text) {
        return Markup.escape(text).replace("\n", "<br/>");
    }

    private static byte[] pdf(String xhtml) {
        var out = new ByteArrayOutputStream(512 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Samarbeidsplakaten");
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden: PDFBox applies it to every run of text, a fifth of
     * the time a long report takes, and Norwegian and English text needs none of its ligatures. The table is renamed
     * in the font's table directory, so it is simply not found; the embedded subset never carried it.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (copy[record] == 'G' && copy[record + 1] == 'S' && copy[record + 2] == 'U' && copy[record + 3] == 'B') {
                copy[record] = 'g';
                copy[record + 1] = 's';
                copy[record + 2] = 'u';
                copy[record + 3] = 'b';
            }
        }
        return copy;
    }

    private static byte[] font(String name) {
        try (InputStream in = SurveyReport.class.getResourceAsStream("/export/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CSS = """
            @page { size: A4 landscape; margin: 14mm 12mm 16mm 12mm;
                    @bottom-right { content: counter(page) " / " counter(pages); font-family: 'Report Sans';
                                    font-size: 8pt; } }
            * { font-family: 'Report Sans'; }
            body { font-family: 'Report Sans'; font-size: 8.5pt; color: #1a1a1a; }
            h1 { font-size: 18pt; color: #2A2859; margin: 0 0 2mm 0; }
            h2 { font-size: 13pt; color: #2A2859; margin: 6mm 0 2mm 0; page-break-after: avoid; }
            h3 { font-size: 10pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
            p.lead { font-size: 10pt; }
            ul.counts { padding-left: 5mm; }
            table { border-collapse: collapse; width: 100%; }
            table.data th, table.data td { border: 0.5pt solid #8a8a8a; padding: 1mm 1.5mm; vertical-align: top;
                    text-align: left; }
            table.data thead th { background: #E6E6EE; }
            table.data tr { page-break-inside: avoid; }
            thead { display: table-header-group; }
            table.matrix td, table.matrix th { font-size: 7.5pt; }
            .small { font-weight: normal; font-size: 7pt; }
            table.chart th { width: 30%; text-align: left; font-weight: normal; padding: 0.6mm 2mm 0.6mm 0; }
            table.chart td { padding: 0.6mm 0; }
            table.chart td.value { width: 25%; padding-left: 2mm; }
            .track { width: 100%; height: 3.2mm; }
            .bar { height: 3.2mm; background: #1F42AA; float: left; }
            .key { display: inline-block; width: 3mm; height: 3mm; }
            """;
}
