/** What every feature shares: domain exceptions with translatable messages, translations, locale and the app layout. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package no.oslo.samarbeidsplakaten.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
