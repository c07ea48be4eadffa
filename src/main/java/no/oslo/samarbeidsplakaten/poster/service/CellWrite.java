package no.oslo.samarbeidsplakaten.poster.service;

/** A cell's value after a write, as stored, with the revision to write against next. */
public record CellWrite(long cellId, String value, long revision) {
}
