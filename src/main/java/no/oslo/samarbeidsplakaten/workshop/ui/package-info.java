/** The workshop's part of the editor, the join page and the projector view. */
@NullMarked
package no.oslo.samarbeidsplakaten.workshop.ui;

import org.jspecify.annotations.NullMarked;
