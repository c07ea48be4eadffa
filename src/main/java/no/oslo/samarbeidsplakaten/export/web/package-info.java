/** The HTTP endpoints that stream PDF and JSON downloads. */
@NullMarked
package no.oslo.samarbeidsplakaten.export.web;

import org.jspecify.annotations.NullMarked;
