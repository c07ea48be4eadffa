/** Rendering a poster as HTML and PDF on a bounded pool, and the JSON export and import of a poster. */
@NullMarked
package no.oslo.samarbeidsplakaten.export.service;

import org.jspecify.annotations.NullMarked;
