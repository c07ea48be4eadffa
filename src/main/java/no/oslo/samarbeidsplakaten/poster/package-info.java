/**
 * The samarbeidsplakat itself: one poster per department–agency pair, made from a template version, edited cell by
 * cell with autosave. Every cell keeps its own revision so concurrent writes to one field are detected, never lost.
 */
package no.oslo.samarbeidsplakaten.poster;
