package no.oslo.samarbeidsplakaten.template.service;

import java.util.Locale;

/**
 * A meeting attribute's stored value in the words a reader sees ("UP_TO:4:YEAR" as "Inntil 4 ganger i året", role
 * keys as role names), for the template's version and compare pages. Implemented by the feature that owns the
 * meeting attributes; the template does not know them.
 */
public interface MeetingValueLabels {

    String display(String attribute, String value, Locale locale);
}
