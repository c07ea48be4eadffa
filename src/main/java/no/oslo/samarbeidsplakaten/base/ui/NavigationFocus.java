package no.oslo.samarbeidsplakaten.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * After a move to another address within the app the focus goes to the new view, so a screen reader reads it and
 * Tab goes on from its top, not from where the old view's link was. A page load starts at the top, with the skip link
 * first; a change of the query only (e.g. the versions compared) leaves the focus where it is.
 */
@Component
class NavigationFocus implements VaadinServiceInitListener {

    private static final String LAST_PATH = "samarbeidsplakaten.lastPath";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> {
                String path = navigation.getLocation().getPath();
                Object previous = ComponentUtil.getData(ui, LAST_PATH);
                ComponentUtil.setData(ui, LAST_PATH, path);
                if (previous != null && !previous.equals(path)) {
                    ui.getPage().executeJs("const view = document.getElementById($0);"
                            + " if (view) view.focus({preventScroll: true});", MainLayout.CONTENT_ID);
                }
            });
        });
    }
}
