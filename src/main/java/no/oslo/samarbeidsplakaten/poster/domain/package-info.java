/** The poster as stored: poster, rows and cells (each with its own revision), readers and the edit trail; the closed sets of fields and choices. */
@NullMarked
package no.oslo.samarbeidsplakaten.poster.domain;

import org.jspecify.annotations.NullMarked;
