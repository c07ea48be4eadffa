/** The approval bar in the editor and the history, version, trail and compare views. */
@NullMarked
package no.oslo.samarbeidsplakaten.versioning.ui;

import org.jspecify.annotations.NullMarked;
