/**
 * The frame every view sits in (layout with the menu the views declare, language switch, error pages) and small
 * components any feature may use (dates, printing, the app's own address).
 */
@NamedInterface("ui")
@NullMarked
package no.oslo.samarbeidsplakaten.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
