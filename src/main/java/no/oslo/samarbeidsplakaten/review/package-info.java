/**
 * Review reminders: an agreed poster is due for review on the date set when it was locked. From 30 days before that
 * date the pair's members see a banner on the poster, and, where mail is configured, get one mail 30 days before and
 * one on the day. The overview and the kartlegging flag the same posters from the same rule.
 */
@ApplicationModule(allowedDependencies = {
        "base", "base :: *",
        "poster", "poster :: *",
        "security", "security :: *"})
@NullMarked
package no.oslo.samarbeidsplakaten.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
