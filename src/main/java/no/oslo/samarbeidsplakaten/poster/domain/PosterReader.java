package no.oslo.samarbeidsplakaten.poster.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;

/** A reader account given a poster: it may read the poster's agreed versions. */
@Entity
@IdClass(PosterReader.Key.class)
public class PosterReader {

    @Id
    private long posterId;

    @Id
    private long userId;

    protected PosterReader() {
    }

    public PosterReader(long posterId, long userId) {
        this.posterId = posterId;
        this.userId = userId;
    }

    public long getPosterId() {
        return posterId;
    }

    public long getUserId() {
        return userId;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private long posterId;
        private long userId;

        protected Key() {
        }

        public Key(long posterId, long userId) {
            this.posterId = posterId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.posterId == posterId && other.userId == userId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(posterId) * 31 + Long.hashCode(userId);
        }
    }
}
