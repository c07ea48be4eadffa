/**
 * The organisation catalogue: city-government departments (byrådsavdelinger), their agencies (virksomheter) and the
 * mayor's office, plus the catalogue of role titles that chair and attend meetings.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package no.oslo.samarbeidsplakaten.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
