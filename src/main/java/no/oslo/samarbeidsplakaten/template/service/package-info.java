/**
 * Reads the published template versions; writes, checks, publishes, exports and imports the next one; tells the
 * editors of the draft what the others saved.
 */
@NamedInterface("service")
@NullMarked
package no.oslo.samarbeidsplakaten.template.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
