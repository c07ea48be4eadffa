/**
 * Agreeing on a poster: each side approves exactly the content it saw, the draft is locked as an immutable numbered
 * version, and versions are listed, opened, compared word by word and restored as a new draft.
 */
package no.oslo.samarbeidsplakaten.versioning;
