/** The template's download: a published version as the JSON file another installation imports. */
@NullMarked
package no.oslo.samarbeidsplakaten.template.web;

import org.jspecify.annotations.NullMarked;
