/** The nb and en translations and how the user's language is chosen; nb is the default. */
@NamedInterface("i18n")
@NullMarked
package no.oslo.samarbeidsplakaten.base.i18n;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
