/**
 * The mayor's office's template pages: the editor of the next version (autosaved and live), publishing with its
 * checks, import of a template file, the list of published versions, one version, and two versions compared.
 */
@NullMarked
package no.oslo.samarbeidsplakaten.template.ui;

import org.jspecify.annotations.NullMarked;
