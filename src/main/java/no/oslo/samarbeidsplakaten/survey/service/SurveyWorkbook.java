package no.oslo.samarbeidsplakaten.survey.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The kartlegging as an Excel workbook: a sheet per part, each with the date and what it is based on above a header
 * row and real columns (one value per cell, numbers as numbers), so it can be filtered, sorted and pivoted.
 */
final class SurveyWorkbook {

    private final CitySurvey survey;
    private final SurveyTexts texts;
    private final List<SurveyFigures.TermUse> terms;
    private final Workbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle wrapped;

    private SurveyWorkbook(CitySurvey survey, SurveyTexts texts, List<SurveyFigures.TermUse> terms) {
        this.survey = survey;
        this.texts = texts;
        this.terms = terms;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(large);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    static byte[] write(CitySurvey survey, SurveyTexts texts, List<SurveyFigures.TermUse> terms) {
        return new SurveyWorkbook(survey, texts, terms).write();
    }

    private byte[] write() {
        status();
        practice();
        deviations();
        terms();
        reflection();
        figures();
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            ((SXSSFWorkbook) workbook).dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void status() {
        var sheet = sheet("survey.tab.status", List.of("survey.col.department", "survey.col.agency",
                "survey.col.status", "survey.xlsx.version", "survey.col.agreedAt", "survey.col.approvedBy",
                "survey.col.nextReview", "survey.status.editedSince", "survey.otherTemplate"));
        for (PairPractice pair : survey.pairs()) {
            var row = next(sheet);
            text(row, 0, pair.departmentName());
            text(row, 1, pair.agencyName());
            text(row, 2, texts.t("choice.PairStatus." + pair.status().name()));
            if (pair.agreedVersion() != null) {
                row.createCell(3).setCellValue(pair.agreedVersion());
            }
            text(row, 4, texts.agreedAt(pair));
            text(row, 5, texts.approvers(pair));
            text(row, 6, texts.nextReview(pair));
            text(row, 7, yesNo(pair.editedSinceAgreed()));
            text(row, 8, yesNo(pair.otherTemplate()));
        }
        widths(sheet, 30, 30, 18, 9, 12, 40, 14, 12, 12);
    }

    private void practice() {
        var sheet = sheet("survey.tab.matrix", List.of("survey.col.department", "survey.col.agency",
                "survey.col.type", "survey.xlsx.meetingName", "meeting.field.formality", "meeting.field.frequency",
                "survey.col.perYear", "meeting.field.chair", "meeting.field.politicalRole",
                "meeting.field.documentation", "meeting.field.publicity", "survey.xlsx.source"));
        for (PairPractice pair : survey.pairs()) {
            for (MeetingPractice meeting : pair.meetings()) {
                var row = next(sheet);
                text(row, 0, pair.departmentName());
                text(row, 1, pair.agencyName());
                text(row, 2, meeting.type() == null
                        ? texts.t(meeting.otherTemplate() ? "survey.otherTemplate" : "survey.col.other")
                        : survey.typeName(meeting.type()));
                text(row, 3, meeting.name());
                text(row, 4, texts.choice(CellKind.FORMALITY, meeting.formality()));
                text(row, 5, texts.frequency(meeting.frequency()));
                if (meeting.perYear() != null) {
                    row.createCell(6).setCellValue(meeting.perYear());
                }
                text(row, 7, texts.roles(meeting.chair()));
                text(row, 8, texts.choice(CellKind.POLITICAL_ROLE, meeting.politicalRole()));
                text(row, 9, texts.choice(CellKind.DOCUMENTATION_KIND, meeting.documentation()));
                text(row, 10, texts.choice(CellKind.PUBLICITY, meeting.publicity()));
                text(row, 11, texts.t(pair.agreed() ? "survey.xlsx.agreed" : "survey.xlsx.draft"));
            }
        }
        widths(sheet, 30, 30, 26, 30, 12, 22, 10, 30, 22, 16, 18, 12);
    }

    private void deviations() {
        var sheet = sheet("survey.tab.deviations", List.of("survey.col.department", "survey.col.agency",
                "survey.xlsx.rule", "survey.col.finding", "survey.col.reason"));
        for (PairPractice pair : survey.pairs()) {
            for (var deviation : pair.deviations()) {
                var row = next(sheet);
                text(row, 0, pair.departmentName());
                text(row, 1, pair.agencyName());
                text(row, 2, deviation.rule().text(texts.locale()));
                text(row, 3, texts.findings(deviation));
                text(row, 4, deviation.reasonInWords(texts));
            }
        }
        widths(sheet, 30, 30, 50, 60, 60);
    }

    private void terms() {
        var sheet = sheet("survey.tab.terms", List.of("survey.col.name", "survey.col.pairs", "survey.col.countsAs",
                "survey.xlsx.synonym", "survey.terms.standard"));
        for (var term : terms) {
            var row = next(sheet);
            text(row, 0, term.name());
            row.createCell(1).setCellValue(term.pairs());
            text(row, 2, term.type() == null ? texts.t("survey.terms.noType") : survey.typeName(term.type()));
            text(row, 3, yesNo(term.marked()));
            text(row, 4, yesNo(term.standard()));
        }
        widths(sheet, 36, 10, 30, 10, 14);
    }

    private void reflection() {
        var headers = new ArrayList<String>(List.of(texts.t("survey.col.department"), texts.t("survey.col.agency")));
        survey.questions().forEach(q -> headers.add(q.text(texts.locale())));
        var sheet = sheetWithHeaders("survey.tab.reflection", headers);
        for (PairPractice pair : survey.pairs()) {
            if (pair.posterId() == null) {
                continue;
            }
            var row = next(sheet);
            text(row, 0, pair.departmentName());
            text(row, 1, pair.agencyName());
            for (int i = 0; i < survey.questions().size(); i++) {
                var cell = row.createCell(2 + i);
                cell.setCellValue(pair.reflections().getOrDefault(survey.questions().get(i).key(), ""));
                cell.setCellStyle(wrapped);
            }
        }
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 50);
        widths[0] = 30;
        widths[1] = 30;
        widths(sheet, widths);
    }

    private void figures() {
        var sheet = sheet("survey.tab.pictures", List.of("survey.col.pair", "survey.col.perYear",
                "survey.col.withoutNumber"));
        for (var pair : SurveyFigures.formalMeetingsPerYear(survey)) {
            var row = next(sheet);
            text(row, 0, pair.agency());
            row.createCell(1).setCellValue(pair.perYear());
            row.createCell(2).setCellValue(pair.withoutNumber());
        }
        next(sheet);
        headerRow(sheet, List.of(texts.t("survey.col.type"), texts.t("survey.col.pairsWithType"),
                texts.t("survey.col.withMinutes"), texts.t("survey.xlsx.percent")));
        for (var share : SurveyFigures.minutesByType(survey, texts.t("survey.col.other"))) {
            var row = next(sheet);
            text(row, 0, share.label());
            row.createCell(1).setCellValue(share.pairs());
            row.createCell(2).setCellValue(share.doing());
            row.createCell(3).setCellValue(share.percent());
        }
        next(sheet);
        var politicalHeaders = new ArrayList<String>(List.of(texts.t("survey.col.type")));
        for (var role : no.oslo.samarbeidsplakaten.poster.domain.PoliticalRole.values()) {
            politicalHeaders.add(texts.t(role.messageKey()));
        }
        headerRow(sheet, politicalHeaders);
        for (var involvement : SurveyFigures.politicalInvolvement(survey, texts.t("survey.col.other"))) {
            var row = next(sheet);
            text(row, 0, involvement.label());
            int column = 1;
            for (var role : no.oslo.samarbeidsplakaten.poster.domain.PoliticalRole.values()) {
                row.createCell(column++).setCellValue(involvement.meetings().get(role));
            }
        }
        widths(sheet, 36, 16, 16, 16, 16);
    }

    private Sheet sheet(String titleKey, List<String> headerKeys) {
        return sheetWithHeaders(titleKey, headerKeys.stream().map(texts::t).toList());
    }

    /** A sheet headed by its title, the date and what it is based on, then the header row. */
    private Sheet sheetWithHeaders(String titleKey, List<String> headers) {
        var sheet = workbook.createSheet(safeName(texts.t(titleKey)));
        var titleRow = sheet.createRow(0);
        var titleCell = titleRow.createCell(0);
        titleCell.setCellValue(texts.t("survey.title") + " – " + texts.t(titleKey));
        titleCell.setCellStyle(title);
        sheet.createRow(1).createCell(0).setCellValue(texts.basedOn(survey));
        headerRow(sheet, headers);
        sheet.createFreezePane(0, 4);
        sheet.setAutoFilter(new CellRangeAddress(3, 3, 0, headers.size() - 1));
        return sheet;
    }

    private void headerRow(Sheet sheet, List<String> headers) {
        int index = Math.max(3, sheet.getLastRowNum() + 1);
        var row = sheet.createRow(index);
        for (int i = 0; i < headers.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
    }

    private static Row next(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }

    private String yesNo(boolean value) {
        return texts.t(value ? "survey.xlsx.yes" : "survey.xlsx.no");
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** Excel allows 31 characters and none of {@code []:*?/\} in a sheet name. */
    private static String safeName(String name) {
        String safe = name.replaceAll("[\\[\\]:*?/\\\\]", "-");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
