/** The reminder mails already sent, so that each goes out once. */
@NullMarked
package no.oslo.samarbeidsplakaten.review.domain;

import org.jspecify.annotations.NullMarked;
