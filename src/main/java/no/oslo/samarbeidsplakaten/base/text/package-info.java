/** Text helpers every feature may use: the word-level difference of two texts, user text made safe in markup. */
@NamedInterface("text")
@NullMarked
package no.oslo.samarbeidsplakaten.base.text;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
