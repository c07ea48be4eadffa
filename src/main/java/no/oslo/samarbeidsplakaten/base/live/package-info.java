/**
 * Live updates between the browsers that have the same poster open: features publish {@link
 * no.oslo.samarbeidsplakaten.base.live.LiveEvent}s, the broadcaster hands them to each subscribed view after commit.
 */
@NamedInterface("live")
@NullMarked
package no.oslo.samarbeidsplakaten.base.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
