package no.oslo.samarbeidsplakaten.security.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A failed sign-in: the account name typed and the client address; counted to slow down password guessing. */
@Entity
public class LoginFailure {

    public static final int MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String client;

    private Instant failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(String username, String client, Instant failedAt) {
        this.username = username;
        this.client = client;
        this.failedAt = failedAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
