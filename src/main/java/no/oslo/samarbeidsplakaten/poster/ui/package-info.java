/** The poster's views: the overview, the live editor (composed of a sheet and what other features contribute) and the read-only poster. */
@NullMarked
package no.oslo.samarbeidsplakaten.poster.ui;

import org.jspecify.annotations.NullMarked;
