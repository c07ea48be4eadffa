package no.oslo.samarbeidsplakaten.survey.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.text.Markup;

/**
 * A large read-only table of the kartlegging, sent to the browser as HTML instead of as a component per cell: with
 * 200 pairs a component tree held some 8 MB of server memory per open page, this holds the text once. Every piece of
 * user text goes through {@link #text}, which escapes it; long texts fold into a native {@code <details>}, which a
 * keyboard and a screen reader open without a round trip.
 */
final class HtmlTable {

    private final StringBuilder html = new StringBuilder(8 * 1024);
    private final String id;
    private final String caption;

    HtmlTable(String id, String caption, List<String> headers) {
        this.id = id;
        this.caption = caption;
        html.append("<table class=\"survey-table\"><caption>").append(text(caption)).append("</caption><thead><tr>");
        headers.forEach(header -> html.append("<th scope=\"col\">").append(text(header)).append("</th>"));
        html.append("</tr></thead><tbody>");
    }

    /** A row: a header cell that names it, then data cells; every argument is HTML made by this class. */
    HtmlTable row(String rowHeader, String... cells) {
        html.append("<tr><th scope=\"row\">").append(rowHeader).append("</th>");
        for (String cell : cells) {
            html.append("<td>").append(cell).append("</td>");
        }
        html.append("</tr>");
        return this;
    }

    Div component() {
        var holder = new Div();
        holder.setId(id);
        holder.addClassName("survey-table-holder");
        holder.getElement().setProperty("innerHTML", html + "</tbody></table>");
        return Tables.scrolling(holder, caption);
    }

    static String text(String text) {
        return Markup.escape(text);
    }

    /** A link within the app; the router follows it without reloading the page. */
    static String link(String address, String label, String title) {
        return "<a router-link href=\"" + text(address) + "\" title=\"" + text(title) + "\">" + text(label) + "</a>";
    }

    static String lines(List<String> lines) {
        var list = new StringBuilder("<ul>");
        lines.forEach(line -> list.append("<li>").append(text(line)).append("</li>"));
        return list.append("</ul>").toString();
    }

    /** A block of free text, kept in its lines. */
    static String block(String text, String className) {
        return "<div class=\"" + className + "\">" + text(text) + "</div>";
    }

    /**
     * Free text shortened to about {@code limit} characters, the whole text behind "Vis alt": the summary also names
     * whose text it opens, for a screen reader only, so a list of them is not a list of equal links.
     */
    static String shortened(String text, int limit, String showAll, String whose) {
        String clean = text.strip();
        if (clean.length() <= limit) {
            return block(clean, "text-block");
        }
        int cut = clean.lastIndexOf(' ', limit);
        String start = clean.substring(0, cut > limit / 2 ? cut : limit) + " …";
        return "<div class=\"shortened\"><span>" + text(start) + "</span><details><summary>" + text(showAll)
                + "<span class=\"visually-hidden\">: " + text(whose) + "</span></summary>"
                + block(clean, "text-block") + "</details></div>";
    }
}
