package no.oslo.samarbeidsplakaten.workshop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A wrong join code typed from a client address; counted to slow down guessing, forgotten after a while. */
@Entity
public class JoinFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String client;

    private Instant failedAt;

    protected JoinFailure() {
    }

    public JoinFailure(String client, Instant failedAt) {
        this.client = client;
        this.failedAt = failedAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
