package no.oslo.samarbeidsplakaten.base.text;

/** User text made safe to set inside HTML or XHTML markup. */
public final class Markup {

    private Markup() {
    }

    /**
     * Escapes the characters markup gives meaning to and drops what XML does not allow (control characters, U+FFFE,
     * U+FFFF, halves of surrogate pairs), so one pair's odd text cannot break a report for everyone.
     */
    public static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = (c >= 0x20 || c == '\t' || c == '\n') && c != 0xFFFE && c != 0xFFFF
                            && (c < 0xD800 || c > 0xDFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
