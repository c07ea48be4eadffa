package no.oslo.samarbeidsplakaten.poster.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.base.text.Markup;
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

    /**
     * How large the wheel's type is, in the wheel's own units (the wheel is 640 wide): regular for screens and paper,
     * large for a projector, where the wheel is shown at least 640 pixels wide and no text is below 24 pixels.
     */
    public enum Type {
        REGULAR(11, 12, 16, 14, 12, 18, 24),
        LARGE(16, 24, 24, 24, 24, 11, 32);

        private final double mark;
        private final int numberFont;
        private final int monthFont;
        private final int nameFont;
        private final int monthsFont;
        private final int wrap;
        private final int legendLine;

        Type(double mark, int numberFont, int monthFont, int nameFont, int monthsFont, int wrap, int legendLine) {
            this.mark = mark;
            this.numberFont = numberFont;
            this.monthFont = monthFont;
            this.nameFont = nameFont;
            this.monthsFont = monthsFont;
            this.wrap = wrap;
            this.legendLine = legendLine;
        }

        private double height() {
            return 656 + 3 * legendLine + 8;
        }
    }

    private static final double CENTRE = 320;
    private static final double[] RING_OUTER = {270, 210, 150};
    private static final double RING_WIDTH = 60;
    private static final double HUB = 90;
    private static final int MARKS_PER_ROW = 4;
    private static final String INK = "#1f1f1f";
    private static final String FOCUS = "#0062ba";

    private YearWheel() {
    }

    /**
     * @param id the wheel's id on the page: its style rules are scoped to it
     */
    public static String svg(YearPlan plan, PosterLabels labels, String id, Type type) {
        var svg = new StringBuilder(16_000);
        String height = n(type.height());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id))
                .append("\" class=\"year-wheel\" viewBox=\"0 0 640 ").append(height).append("\" width=\"640\" ")
                .append("height=\"").append(height).append("\" role=\"group\" aria-label=\"")
                .append(escape(labels.t("yearplan.label"))).append("\" alt=\"")
                .append(escape(labels.t("yearplan.alt"))).append("\" font-family=\"DejaVu Sans, sans-serif\">");
        svg.append("<style>.mark{cursor:default}.mark:focus{outline:3px solid ").append(FOCUS)
                .append(";outline-offset:2px}.mark:focus .shape,.mark:hover .shape{stroke:").append(FOCUS)
                .append(";stroke-width:4}");
        // An inline SVG's style applies to the whole page: every rule is scoped to this wheel.
        for (int i = 1; i <= plan.placed().size(); i++) {
            svg.append('#').append(id).append(" .e").append(i).append(":hover~.t").append(i).append(",#")
                    .append(id).append(" .e").append(i).append(":focus~.t").append(i)
                    .append("{visibility:visible}");
        }
        svg.append(".mark:hover~.hub-label,.mark:focus~.hub-label{visibility:hidden}</style>");
        sectors(svg);
        months(svg, labels, type);
        svg.append("<g class=\"marks\">");
        var tips = new StringBuilder();
        for (Ring ring : Ring.values()) {
            for (int month = 1; month <= 12; month++) {
                marks(svg, tips, plan, ring, month, labels, type);
            }
        }
        svg.append(tips);
        svg.append("<g class=\"hub-label\"><text x=\"320\" y=\"328\" text-anchor=\"middle\" font-size=\"")
                .append(Math.max(20, type.nameFont)).append("\" font-weight=\"bold\" fill=\"").append(INK).append("\">")
                .append(escape(labels.t("yearplan.title"))).append("</text></g>");
        svg.append("</g>");
        legend(svg, labels, type);
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

    private static void months(StringBuilder svg, PosterLabels labels, Type type) {
        for (int month = 1; month <= 12; month++) {
            double middle = (angle(month - 1) + angle(month)) / 2;
            double x = CENTRE + 293 * Math.cos(middle);
            double y = CENTRE + 293 * Math.sin(middle) + type.monthFont * 0.35;
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(type.monthFont).append("\" fill=\"")
                    .append(INK).append("\">").append(escape(labels.monthShort(month))).append("</text>");
        }
    }

    private static void marks(StringBuilder svg, StringBuilder tips, YearPlan plan, Ring ring, int month,
            PosterLabels labels, Type type) {
        var here = plan.in(ring, month);
        if (here.isEmpty()) {
            return;
        }
        int capacity = 2 * MARKS_PER_ROW;
        boolean more = here.size() > capacity;
        var shown = more ? here.subList(0, capacity - 1) : here;
        int slots = more ? capacity : shown.size();
        int rows = slots > 3 ? 2 : 1;
        int perRow = (int) Math.ceil(slots / (double) rows);
        double outer = RING_OUTER[ring.ordinal()];
        for (int slot = 0; slot < slots; slot++) {
            int row = slot / perRow;
            int inThisRow = Math.min(perRow, slots - row * perRow);
            double radius = rows == 1 ? outer - RING_WIDTH / 2 : outer - RING_WIDTH * (row == 0 ? 0.25 : 0.75);
            double theta = angle(month - 1) + (angle(month) - angle(month - 1)) * (slot % perRow + 1)
                    / (inThisRow + 1);
            double x = CENTRE + radius * Math.cos(theta);
            double y = CENTRE + radius * Math.sin(theta);
            String what;
            String label;
            String attributes;
            // One focus stop per entry, on its first month: its tip names all its months.
            boolean focusStop = true;
            if (slot < shown.size()) {
                Entry entry = shown.get(slot);
                int number = plan.numberOf(entry);
                what = labels.t("yearplan.mark", entry.name(), labels.month(month));
                label = String.valueOf(number);
                attributes = "class=\"mark e" + number + "\" data-entry=\"" + number + "\"";
                focusStop = entry.months().months().getFirst() == month;
                if (focusStop) {
                    tip(tips, number, entry, labels, type);
                }
            } else {
                var rest = here.subList(capacity - 1, here.size()).stream().map(Entry::name).toList();
                what = labels.t("yearplan.more", rest.size(), String.join(", ", rest));
                label = "+" + rest.size();
                attributes = "class=\"mark\"";
            }
            svg.append("<g ").append(attributes).append(" tabindex=\"").append(focusStop ? "0" : "-1")
                    .append("\" role=\"img\" aria-label=\"")
                    .append(escape(what)).append("\"><title>").append(escape(what)).append("</title>");
            shape(svg, ring, x, y, type.mark);
            svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + type.numberFont * 0.36))
                    .append("\" text-anchor=\"middle\" font-size=\"").append(type.numberFont)
                    .append("\" font-weight=\"bold\" fill=\"").append(ring == Ring.FORMAL_MEETINGS ? "#ffffff" : INK)
                    .append("\">").append(label).append("</text></g>");
        }
    }

    private static void shape(StringBuilder svg, Ring ring, double x, double y, double size) {
        switch (ring) {
            case FORMAL_MEETINGS -> svg.append("<circle class=\"shape\" cx=\"").append(n(x)).append("\" cy=\"")
                    .append(n(y)).append("\" r=\"").append(n(size)).append("\" fill=\"").append(INK)
                    .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\"/>");
            case OTHER_MEETINGS -> svg.append("<circle class=\"shape\" cx=\"").append(n(x)).append("\" cy=\"")
                    .append(n(y)).append("\" r=\"").append(n(size)).append("\" fill=\"#ffffff\" stroke=\"")
                    .append(INK).append("\" stroke-width=\"2.5\"/>");
            case DOCUMENTS -> svg.append("<rect class=\"shape\" x=\"").append(n(x - size)).append("\" y=\"")
                    .append(n(y - size)).append("\" width=\"").append(n(2 * size)).append("\" height=\"")
                    .append(n(2 * size)).append("\" fill=\"#d9d9d9\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"1.5\"/>");
        }
    }

    /** What a hovered or focused mark is, in the hub: the entry's name (wrapped) and its months. */
    private static void tip(StringBuilder tips, int number, Entry entry, PosterLabels labels, Type type) {
        tips.append("<g class=\"tip t").append(number).append("\" visibility=\"hidden\" aria-hidden=\"true\">")
                .append("<circle cx=\"320\" cy=\"320\" r=\"").append(n(HUB - 2)).append("\" fill=\"#ffffff\"/>");
        var lines = wrap(entry.name(), type.wrap, 3);
        var months = wrap(String.join(", ", entry.months().months().stream().map(labels::monthShort).toList()),
                type.wrap + 4, 2);
        double lineHeight = type.nameFont * 1.15;
        double y = 320 - lineHeight * (lines.size() + months.size()) / 2 + type.nameFont * 0.8;
        for (String line : lines) {
            tips.append("<text x=\"320\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" font-size=\"")
                    .append(type.nameFont).append("\" font-weight=\"bold\" fill=\"").append(INK).append("\">")
                    .append(escape(line)).append("</text>");
            y += lineHeight;
        }
        for (String line : months) {
            tips.append("<text x=\"320\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" font-size=\"")
                    .append(type.monthsFont).append("\" fill=\"").append(INK).append("\">").append(escape(line))
                    .append("</text>");
            y += lineHeight;
        }
        tips.append("</g>");
    }

    /** One line per ring: its mark's shape and its name. */
    private static void legend(StringBuilder svg, PosterLabels labels, Type type) {
        double y = 656 + type.legendLine / 2.0;
        for (Ring ring : Ring.values()) {
            shape(svg, ring, 60, y, type.legendLine * 0.32);
            svg.append("<text x=\"").append(n(60 + type.legendLine * 0.7)).append("\" y=\"")
                    .append(n(y + type.legendLine * 0.22)).append("\" font-size=\"")
                    .append(Math.max(14, type.nameFont)).append("\" fill=\"").append(INK).append("\">")
                    .append(escape(labels.t("yearplan.ring." + ring.name()))).append("</text>");
            y += type.legendLine;
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

    private static String escape(String text) {
        return Markup.escape(text);
    }
}
