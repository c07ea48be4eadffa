/** What every feature shares: domain exceptions with translatable messages, translations, locale and the app layout. */
package no.oslo.samarbeidsplakaten.base;
