package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** The app's absolute address as the browser reached it, for links that leave the app (QR codes, printouts). */
public final class AppAddress {

    private AppAddress() {
    }

    /** @return e.g. "https://plakat.oslo.kommune.no/" – always ending in a slash */
    public static String base() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }
}
