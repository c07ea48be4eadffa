package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.poster.service.YearPlan.Entry;
import no.oslo.samarbeidsplakaten.poster.service.YearPlan.Ring;
import org.springframework.modulith.NamedInterface;

/**
 * The year plan drawn as an annual wheel (årshjul), as SVG markup for the screen and the printed poster alike: twelve
 * months clockwise from January at the top, one ring per kind. Each mark carries the number of its entry in the year
 * plan's table and a shape per ring (filled circle, open circle, square), so the wheel reads in black and white print.
 * Hovering or focusing a mark shows what it is in the middle of the wheel. User text is escaped.
 */
@NamedInterface("service")
public final class YearWheel {

    private static final double CENTRE = 320;
    private static final double[] RING_OUTER = {270, 210, 150};
    private static final double RING_WIDTH = 60;
    private static final double HUB = 90;
    private static final double MARK = 11;
    private static final int MARKS_PER_ROW = 4;
    private static final String INK = "#1f1f1f";
    private static final String FOCUS = "#0062ba";

    private YearWheel() {
    }

    /**
     * @param id the wheel's id on the page: its style rules are scoped to it
     */
    public static String svg(YearPlan plan, PosterLabels labels, String id) {
        var placed = plan.placed();
        var svg = new StringBuilder(16_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id))
                .append("\" class=\"year-wheel\" viewBox=\"0 0 640 720\" ")
                .append("width=\"640\" height=\"720\" role=\"group\" aria-label=\"")
                .append(escape(labels.t("yearplan.label"))).append("\" font-family=\"DejaVu Sans, sans-serif\">");
        svg.append("<style>.mark{cursor:default}.mark:focus{outline:none}.mark:focus .shape,.mark:hover .shape")
                .append("{stroke:").append(FOCUS).append(";stroke-width:4}");
        // An inline SVG's style applies to the whole page: every rule is scoped to this wheel.
        for (int i = 1; i <= placed.size(); i++) {
            svg.append('#').append(id).append(" .e").append(i).append(":hover~.t").append(i).append(",#")
                    .append(id).append(" .e").append(i).append(":focus~.t").append(i)
                    .append("{visibility:visible}");
        }
        svg.append(".mark:hover~.hub-label,.mark:focus~.hub-label{visibility:hidden}</style>");
        sectors(svg);
        months(svg, labels);
        svg.append("<g class=\"marks\">");
        var tips = new StringBuilder();
        for (Ring ring : Ring.values()) {
            for (int month = 1; month <= 12; month++) {
                marks(svg, tips, plan, placed, ring, month, labels);
            }
        }
        svg.append(tips);
        svg.append("<g class=\"hub-label\"><text x=\"320\" y=\"326\" text-anchor=\"middle\" font-size=\"20\" ")
                .append("font-weight=\"bold\" fill=\"").append(INK).append("\">")
                .append(escape(labels.t("yearplan.title"))).append("</text></g>");
        svg.append("</g>");
        legend(svg, labels);
        return svg.append("</svg>").toString();
    }

    private static void sectors(StringBuilder svg) {
        for (int month = 0; month < 12; month++) {
            double from = angle(month);
            double to = angle(month + 1);
            svg.append("<path d=\"").append(sector(HUB, RING_OUTER[0], from, to)).append("\" fill=\"")
                    .append(month % 2 == 0 ? "#f2f2f2" : "#ffffff").append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"1\"/>");
        }
        for (double radius : new double[] {RING_OUTER[0], RING_OUTER[1], RING_OUTER[2], HUB}) {
            svg.append("<circle cx=\"320\" cy=\"320\" r=\"").append(n(radius)).append("\" fill=\"none\" stroke=\"")
                    .append(INK).append("\" stroke-width=\"1.5\"/>");
        }
    }

    private static void months(StringBuilder svg, PosterLabels labels) {
        for (int month = 1; month <= 12; month++) {
            double middle = (angle(month - 1) + angle(month)) / 2;
            double x = CENTRE + 292 * Math.cos(middle);
            double y = CENTRE + 292 * Math.sin(middle) + 6;
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" text-anchor=\"middle\" font-size=\"16\" fill=\"").append(INK).append("\">")
                    .append(escape(labels.monthShort(month))).append("</text>");
        }
    }

    private static void marks(StringBuilder svg, StringBuilder tips, YearPlan plan, List<Entry> placed, Ring ring,
            int month, PosterLabels labels) {
        var here = plan.in(ring, month);
        if (here.isEmpty()) {
            return;
        }
        int capacity = 2 * MARKS_PER_ROW;
        var shown = here.size() > capacity ? new ArrayList<>(here.subList(0, capacity - 1)) : here;
        int rows = shown.size() > 3 || here.size() > capacity ? 2 : 1;
        int slots = here.size() > capacity ? capacity : shown.size();
        int perRow = (int) Math.ceil(slots / (double) rows);
        double outer = RING_OUTER[ring.ordinal()];
        for (int slot = 0; slot < slots; slot++) {
            int row = slot / perRow;
            int inRow = slot % perRow;
            int inThisRow = Math.min(perRow, slots - row * perRow);
            double radius = rows == 1 ? outer - RING_WIDTH / 2 : outer - RING_WIDTH * (row == 0 ? 0.27 : 0.73);
            double theta = angle(month - 1) + (angle(month) - angle(month - 1)) * (inRow + 1) / (inThisRow + 1);
            double x = CENTRE + radius * Math.cos(theta);
            double y = CENTRE + radius * Math.sin(theta);
            if (slot < shown.size()) {
                Entry entry = shown.get(slot);
                int number = numberOf(placed, entry);
                String what = labels.t("yearplan.mark", entry.name(), labels.month(month));
                // Each month's mark of an entry is its own focus stop; the tip in the hub is the entry's.
                svg.append("<g class=\"mark e").append(number).append("\" tabindex=\"0\" role=\"img\"")
                        .append(" data-entry=\"").append(number).append("\" aria-label=\"").append(escape(what))
                        .append("\"><title>").append(escape(what)).append("</title>");
                shape(svg, ring, x, y);
                svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 4.5))
                        .append("\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"")
                        .append(ring == Ring.FORMAL_MEETINGS ? "#ffffff" : INK).append("\">").append(number)
                        .append("</text></g>");
                if (entry.months().months().getFirst() == month) {
                    tip(tips, number, entry, labels);
                }
            } else {
                var rest = here.subList(capacity - 1, here.size()).stream().map(Entry::name).toList();
                String what = labels.t("yearplan.more", rest.size(), String.join(", ", rest));
                svg.append("<g class=\"mark\" tabindex=\"0\" role=\"img\" aria-label=\"").append(escape(what))
                        .append("\"><title>").append(escape(what)).append("</title>");
                shape(svg, ring, x, y);
                svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 4.5))
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"")
                        .append(ring == Ring.FORMAL_MEETINGS ? "#ffffff" : INK).append("\">+").append(rest.size())
                        .append("</text></g>");
            }
        }
    }

    /** An entry's number in the table: by identity, as two meetings may read the same. */
    private static int numberOf(List<Entry> placed, Entry entry) {
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i) == entry) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("Not a placed entry");
    }

    private static void shape(StringBuilder svg, Ring ring, double x, double y) {
        switch (ring) {
            case FORMAL_MEETINGS -> svg.append("<circle class=\"shape\" cx=\"").append(n(x)).append("\" cy=\"")
                    .append(n(y)).append("\" r=\"").append(n(MARK)).append("\" fill=\"").append(INK)
                    .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
            case OTHER_MEETINGS -> svg.append("<circle class=\"shape\" cx=\"").append(n(x)).append("\" cy=\"")
                    .append(n(y)).append("\" r=\"").append(n(MARK)).append("\" fill=\"#ffffff\" stroke=\"")
                    .append(INK).append("\" stroke-width=\"2.5\"/>");
            case DOCUMENTS -> svg.append("<rect class=\"shape\" x=\"").append(n(x - MARK)).append("\" y=\"")
                    .append(n(y - MARK)).append("\" width=\"").append(n(2 * MARK)).append("\" height=\"")
                    .append(n(2 * MARK)).append("\" fill=\"#d9d9d9\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"1.5\"/>");
        }
    }

    /** What a hovered or focused mark is, in the hub: the entry's name (wrapped) and its months. */
    private static void tip(StringBuilder tips, int number, Entry entry, PosterLabels labels) {
        tips.append("<g class=\"tip t").append(number).append("\" visibility=\"hidden\" aria-hidden=\"true\">")
                .append("<circle cx=\"320\" cy=\"320\" r=\"").append(n(HUB - 2)).append("\" fill=\"#ffffff\"/>");
        var lines = wrap(entry.name(), 18, 3);
        double y = 320 - 9 * lines.size();
        for (String line : lines) {
            tips.append("<text x=\"320\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" font-size=\"14\" ")
                    .append("font-weight=\"bold\" fill=\"").append(INK).append("\">").append(escape(line))
                    .append("</text>");
            y += 17;
        }
        var months = entry.months().months().stream().map(labels::monthShort).toList();
        for (String line : wrap(String.join(", ", months), 22, 2)) {
            tips.append("<text x=\"320\" y=\"").append(n(y + 4)).append("\" text-anchor=\"middle\" ")
                    .append("font-size=\"12\" fill=\"").append(INK).append("\">").append(escape(line)).append("</text>");
            y += 15;
        }
        tips.append("</g>");
    }

    private static void legend(StringBuilder svg, PosterLabels labels) {
        double x = 40;
        for (Ring ring : Ring.values()) {
            shape(svg, ring, x, 680);
            String text = labels.t("yearplan.ring." + ring.name());
            svg.append("<text x=\"").append(n(x + 18)).append("\" y=\"685\" font-size=\"14\" fill=\"").append(INK)
                    .append("\">").append(escape(text)).append("</text>");
            x += 34 + text.length() * 8.2;
        }
    }

    /** Words in lines of at most {@code width} characters, at most {@code max} lines, the last cut with "…". */
    static List<String> wrap(String text, int width, int max) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > max) {
            var kept = new ArrayList<>(lines.subList(0, max));
            kept.set(max - 1, kept.get(max - 1) + "…");
            return kept;
        }
        return lines;
    }

    /** January starts at the top; months run clockwise. */
    private static double angle(int monthsFromJanuary) {
        return Math.toRadians(-90 + 30 * monthsFromJanuary);
    }

    private static String sector(double inner, double outer, double from, double to) {
        return "M" + n(CENTRE + outer * Math.cos(from)) + " " + n(CENTRE + outer * Math.sin(from))
                + " A" + n(outer) + " " + n(outer) + " 0 0 1 " + n(CENTRE + outer * Math.cos(to)) + " "
                + n(CENTRE + outer * Math.sin(to))
                + " L" + n(CENTRE + inner * Math.cos(to)) + " " + n(CENTRE + inner * Math.sin(to))
                + " A" + n(inner) + " " + n(inner) + " 0 0 0 " + n(CENTRE + inner * Math.cos(from)) + " "
                + n(CENTRE + inner * Math.sin(from)) + " Z";
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
