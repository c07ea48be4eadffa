package no.oslo.samarbeidsplakaten.template.service;

import no.oslo.samarbeidsplakaten.base.live.LiveEvent;

/** What happens to the template draft, for every administrator who has it open. */
public final class TemplateEvents {

    /** The live channel of the template draft; poster ids are positive, so it never meets a poster's. */
    public static final long DRAFT_CHANNEL = -1;

    private TemplateEvents() {
    }

    /** One field of the draft was saved. */
    public record FieldChanged(String path, String value, long revision, String author) implements LiveEvent {

        @Override
        public long posterId() {
            return DRAFT_CHANNEL;
        }
    }

    /** Items were added or removed, or the whole draft was replaced (import, publishing). */
    public record DraftRebuilt(long revision, String author) implements LiveEvent {

        @Override
        public long posterId() {
            return DRAFT_CHANNEL;
        }
    }

    /** A new version was published. */
    public record Published(int version, String author) implements LiveEvent {

        @Override
        public long posterId() {
            return DRAFT_CHANNEL;
        }
    }
}
