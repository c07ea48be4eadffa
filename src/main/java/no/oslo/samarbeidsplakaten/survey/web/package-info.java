/** The kartlegging's downloads: the Excel workbook and the PDF report. */
@NullMarked
package no.oslo.samarbeidsplakaten.survey.web;

import org.jspecify.annotations.NullMarked;
