/** Departments, agencies, the mayor's office and the role titles, as stored. */
@NullMarked
package no.oslo.samarbeidsplakaten.organisation.domain;

import org.jspecify.annotations.NullMarked;
