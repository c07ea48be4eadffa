/** A template version as stored, and the poster template it holds. */
@NullMarked
package no.oslo.samarbeidsplakaten.template.domain;

import org.jspecify.annotations.NullMarked;
