/** The review banner on the poster. */
@NullMarked
package no.oslo.samarbeidsplakaten.review.ui;

import org.jspecify.annotations.NullMarked;
