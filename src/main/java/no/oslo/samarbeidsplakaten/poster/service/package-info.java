/** The poster's use cases: reading a poster as a document, editing one cell at a time, changing its structure, and who may see and edit it. */
@NullMarked
package no.oslo.samarbeidsplakaten.poster.service;

import org.jspecify.annotations.NullMarked;
