/**
 * Live updates between the browsers that have the same poster open: features publish {@link
 * no.oslo.samarbeidsplakaten.base.live.LiveEvent}s, the broadcaster hands them to each subscribed view after commit;
 * what one browser request causes goes out when the request ends, one push per view.
 */
@NamedInterface("live")
@NullMarked
package no.oslo.samarbeidsplakaten.base.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
