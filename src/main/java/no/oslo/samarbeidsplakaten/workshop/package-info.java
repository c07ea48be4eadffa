/**
 * The live workshop: a poster opened for a reflection workshop with a join code, guests without accounts, who is
 * present and editing what, open questions ("må avklares"), and the projector view that follows it all live.
 */
package no.oslo.samarbeidsplakaten.workshop;
