package no.oslo.samarbeidsplakaten.poster;

/**
 * The one way to say where a poster's pages are, relative to the app's root: the addresses are the poster's stable
 * names that people bookmark and print, so every route, link and export builds them here.
 */
public final class PosterAddress {

    /** The route template of the editor; the other pages' routes add their part to it. */
    public static final String ROUTE = "plakat/:posterId(\\d+)";
    public static final String READ_ONLY = "/visning";
    public static final String VERSION = "/versjon";
    public static final String HISTORY = "/historikk";
    public static final String TRAIL = "/endringer";
    public static final String COMPARE = "/sammenlign";
    public static final String PRESENTATION = "/presentasjon";

    private PosterAddress() {
    }

    /** The editor: the draft, worked on live. */
    public static String editor(long posterId) {
        return "plakat/" + posterId;
    }

    /** The draft to read and print. */
    public static String readOnly(long posterId) {
        return editor(posterId) + READ_ONLY;
    }

    public static String version(long posterId, int number) {
        return editor(posterId) + VERSION + "/" + number;
    }

    public static String history(long posterId) {
        return editor(posterId) + HISTORY;
    }

    /** Every change since the last agreed version. */
    public static String trail(long posterId) {
        return editor(posterId) + TRAIL;
    }

    public static String compare(long posterId) {
        return editor(posterId) + COMPARE;
    }

    /** The projector view of the workshop. */
    public static String presentation(long posterId) {
        return editor(posterId) + PRESENTATION;
    }
}
