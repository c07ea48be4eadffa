/**
 * Who the user is: accounts with BCrypt hashes, form login, the first administrator with a one-time password, and the
 * administration of users.
 */
package no.oslo.samarbeidsplakaten.security;
