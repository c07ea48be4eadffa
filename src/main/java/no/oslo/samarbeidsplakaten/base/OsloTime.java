package no.oslo.samarbeidsplakaten.base;

import java.time.ZoneId;

/** The one time zone the app shows times in: the workshops, the versions and their readers are all in Oslo. */
public final class OsloTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private OsloTime() {
    }
}
