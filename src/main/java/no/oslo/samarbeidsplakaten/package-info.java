/**
 * Samarbeidsplakaten: a department and one of its agencies fill in, together, their agreed practice for the
 * governance dialogue (styringsdialogen) in Oslo kommune. Packages are cut by feature; each feature keeps its
 * domain, its transactional services and its views apart.
 */
@NullMarked
package no.oslo.samarbeidsplakaten;

import org.jspecify.annotations.NullMarked;
