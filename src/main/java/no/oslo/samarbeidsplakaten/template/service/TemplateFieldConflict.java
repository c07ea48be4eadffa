package no.oslo.samarbeidsplakaten.template.service;

import java.time.Instant;

/** Someone else saved the field since the editor last read it; nothing was written. */
public class TemplateFieldConflict extends RuntimeException {

    private final String theirs;
    private final String author;
    private final Instant changedAt;

    TemplateFieldConflict(String path, String theirs, String author, Instant changedAt) {
        super("The template field " + path + " changed meanwhile");
        this.theirs = theirs;
        this.author = author;
        this.changedAt = changedAt;
    }

    public String theirs() {
        return theirs;
    }

    public String author() {
        return author;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
