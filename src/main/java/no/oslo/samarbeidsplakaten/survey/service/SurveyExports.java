package no.oslo.samarbeidsplakaten.survey.service;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The kartlegging to take away, of exactly the pairs the user sees on the page: an Excel workbook and a PDF report. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
@NamedInterface("service")
public class SurveyExports {

    private final SurveyService surveys;

    SurveyExports(SurveyService surveys) {
        this.surveys = surveys;
    }

    public byte[] workbook(@Nullable Long departmentId, SurveyTexts texts) {
        var survey = surveys.survey(departmentId);
        return SurveyWorkbook.write(survey, texts, surveys.terms(survey));
    }

    public byte[] report(@Nullable Long departmentId, SurveyTexts texts) {
        var survey = surveys.survey(departmentId);
        return SurveyReport.render(survey, texts, surveys.terms(survey));
    }
}
