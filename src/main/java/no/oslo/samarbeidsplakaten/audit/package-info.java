/**
 * The audit log the mayor's office reads: who signed in (or failed to), opened and closed workshops, joined them,
 * approved, locked and restored versions, imported and exported posters, and changed users, and when.
 */
package no.oslo.samarbeidsplakaten.audit;
