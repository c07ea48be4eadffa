/** The download buttons (offered to the other features through the poster's port) and the import view. */
@NullMarked
package no.oslo.samarbeidsplakaten.export.ui;

import org.jspecify.annotations.NullMarked;
