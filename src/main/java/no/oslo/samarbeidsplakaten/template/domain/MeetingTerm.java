package no.oslo.samarbeidsplakaten.template.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** A meeting name in use that the mayor's office has marked as another word for a standard meeting type. */
@Entity
public class MeetingTerm {

    /** The name as {@code CommonTerms.normalise} writes it, so "Styringsmøte " and "styringsmøte" are one term. */
    @Id
    private String term;

    private String meetingType;

    private String markedBy;

    private Instant markedAt;

    /** Two administrators may mark one term at once: the second is told rather than silently winning. */
    @Version
    private long version;

    protected MeetingTerm() {
    }

    public MeetingTerm(String term, String meetingType, String markedBy, Instant markedAt) {
        this.term = term;
        this.meetingType = meetingType;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

    public void markAs(String meetingType, String markedBy, Instant markedAt) {
        this.meetingType = meetingType;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

    public String getTerm() {
        return term;
    }

    public String getMeetingType() {
        return meetingType;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
