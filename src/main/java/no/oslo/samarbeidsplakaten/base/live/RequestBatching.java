package no.oslo.samarbeidsplakaten.base.live;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Holds the live events of each browser request until it ends. Leaving a field after typing saves the text and ends
 * the presence in the field in one request: every other browser on the poster then works through one push, not two.
 */
@Component
class RequestBatching implements VaadinServiceInitListener {

    private final LiveBroadcaster broadcaster;

    RequestBatching(LiveBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                broadcaster.requestStarted();
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
                // requestEnd follows in every case.
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                broadcaster.requestEnded();
            }
        });
    }
}
