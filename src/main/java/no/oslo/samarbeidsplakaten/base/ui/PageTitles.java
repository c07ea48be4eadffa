package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.Component;

/** Page titles name the view first, then the poster, then the app, so a list of tabs or a screen reader tells them apart. */
public final class PageTitles {

    private PageTitles() {
    }

    public static String of(Component view, String viewName) {
        return view.getTranslation("page.title", viewName);
    }

    public static String ofPoster(Component view, String viewName, String department, String agency) {
        return view.getTranslation("page.posterTitle", viewName, department, agency);
    }
}
