package no.oslo.samarbeidsplakaten.security.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import no.oslo.samarbeidsplakaten.organisation.domain.Organisation;

@Entity
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private String displayName;

    private String roleTitle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private AppRole appRole;

    private boolean enabled;

    /** Where review reminders go; null for an account that gets none. */
    private String email;

    private Instant createdAt;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, String roleTitle,
            Organisation organisation, AppRole appRole, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roleTitle = roleTitle;
        this.organisation = organisation;
        this.appRole = appRole;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The directory (single sign-on) is the source of truth for an external account: it is updated at each login. */
    public void updateFromDirectory(String displayName, String roleTitle, Organisation organisation, AppRole role) {
        this.displayName = displayName;
        this.roleTitle = roleTitle;
        this.organisation = organisation;
        this.appRole = role;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRoleTitle() {
        return roleTitle;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AppRole getAppRole() {
        return appRole;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
