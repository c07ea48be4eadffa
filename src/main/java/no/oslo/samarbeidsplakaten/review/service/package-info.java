/** Sending the review reminder mails, once each, when mail is configured. */
@NullMarked
package no.oslo.samarbeidsplakaten.review.service;

import org.jspecify.annotations.NullMarked;
