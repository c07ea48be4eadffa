/**
 * The organisation catalogue: city-government departments (byrådsavdelinger), their agencies (virksomheter) and the
 * mayor's office, plus the catalogue of role titles that chair and attend meetings.
 */
package no.oslo.samarbeidsplakaten.organisation;
