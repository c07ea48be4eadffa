/** Helpers shared by the tests. */
package no.oslo.samarbeidsplakaten.support;
