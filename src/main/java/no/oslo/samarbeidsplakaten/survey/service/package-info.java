/** The city-wide picture built from every poster, who may see which part of it, and its Excel and PDF forms. */
@NullMarked
package no.oslo.samarbeidsplakaten.survey.service;

import org.jspecify.annotations.NullMarked;
