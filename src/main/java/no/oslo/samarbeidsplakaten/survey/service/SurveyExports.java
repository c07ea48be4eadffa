package no.oslo.samarbeidsplakaten.survey.service;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.oslo.samarbeidsplakaten.base.DomainException;
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

    private static final int WAIT_SECONDS = 30;

    /** A report of the whole city takes a core for a few seconds: one at a time, so workshops keep the other. */
    private final Semaphore rendering = new Semaphore(1, true);
    private final SurveyService surveys;

    SurveyExports(SurveyService surveys) {
        this.surveys = surveys;
    }

    public byte[] workbook(@Nullable Long departmentId, SurveyTexts texts) {
        var survey = surveys.survey(departmentId);
        return oneAtATime(() -> SurveyWorkbook.write(survey, texts, surveys.terms(survey)));
    }

    public byte[] report(@Nullable Long departmentId, SurveyTexts texts) {
        var survey = surveys.survey(departmentId);
        return oneAtATime(() -> SurveyReport.render(survey, texts, surveys.terms(survey)));
    }

    private byte[] oneAtATime(Supplier<byte[]> render) {
        try {
            if (!rendering.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new DomainException("error.survey.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("error.survey.busy");
        }
        try {
            return render.get();
        } finally {
            rendering.release();
        }
    }
}
