/** Reads the current and earlier template versions. */
@NullMarked
package no.oslo.samarbeidsplakaten.template.service;

import org.jspecify.annotations.NullMarked;
