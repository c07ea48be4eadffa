/** The database backup. */
@NullMarked
package no.oslo.samarbeidsplakaten.operations.service;

import org.jspecify.annotations.NullMarked;
