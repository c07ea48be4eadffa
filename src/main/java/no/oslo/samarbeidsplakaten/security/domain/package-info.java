/** Accounts, application roles and the side (department or agency) a person speaks for. */
@NullMarked
package no.oslo.samarbeidsplakaten.security.domain;

import org.jspecify.annotations.NullMarked;
