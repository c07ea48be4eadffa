package no.oslo.samarbeidsplakaten.workshop.domain;

public enum WorkshopStatus {
    OPEN, CLOSED
}
