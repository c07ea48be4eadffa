/** The login page, the signed-in user's label and the user administration view. */
@NullMarked
package no.oslo.samarbeidsplakaten.security.ui;

import org.jspecify.annotations.NullMarked;
