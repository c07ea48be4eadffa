package no.oslo.samarbeidsplakaten.survey.web;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.i18n.TranslationProvider;
import no.oslo.samarbeidsplakaten.poster.service.PosterLabelSource;
import no.oslo.samarbeidsplakaten.survey.service.SurveyExports;
import no.oslo.samarbeidsplakaten.survey.service.SurveyTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The kartlegging's downloads, as plain addresses the page links to; the service decides which pairs are in them. */
@RestController
class SurveyDownloads {

    static final String EXCEL_PATH = "/eksport/kartlegging.xlsx";
    static final String PDF_PATH = "/eksport/kartlegging.pdf";
    private static final MediaType PLAIN_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final MediaType EXCEL =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SurveyExports exports;
    private final PosterLabelSource labels;
    private final I18NProvider i18n;

    SurveyDownloads(SurveyExports exports, PosterLabelSource labels, I18NProvider i18n) {
        this.exports = exports;
        this.labels = labels;
        this.i18n = i18n;
    }

    @GetMapping(EXCEL_PATH)
    ResponseEntity<byte[]> excel(@RequestParam(name = "avdeling", required = false) @Nullable Long department,
            @RequestParam(name = "sprak", defaultValue = "nb") String language) {
        return download(exports.workbook(department, texts(language)), EXCEL, "xlsx");
    }

    @GetMapping(PDF_PATH)
    ResponseEntity<byte[]> pdf(@RequestParam(name = "avdeling", required = false) @Nullable Long department,
            @RequestParam(name = "sprak", defaultValue = "nb") String language) {
        return download(exports.report(department, texts(language)), MediaType.APPLICATION_PDF, "pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String extension) {
        String fileName = "kartlegging-" + LocalDate.now(OsloTime.ZONE) + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(bytes);
    }

    private SurveyTexts texts(String language) {
        Locale locale = TranslationProvider.supported(Locale.forLanguageTag(language));
        return new SurveyTexts(labels.in(locale), locale);
    }

    /** Another report is being made and did not finish in time: try again shortly. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> busy(DomainException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "10")
                .contentType(PLAIN_TEXT)
                .body(i18n.getTranslation(e.getMessageKey(), locale(request), e.getArguments()));
    }

    /** A reader, or anyone else without the kartlegging, is told so in words. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> denied(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(PLAIN_TEXT)
                .body(i18n.getTranslation("survey.denied", locale(request)));
    }

    private static Locale locale(HttpServletRequest request) {
        String language = request.getParameter("sprak");
        return TranslationProvider.supported(Locale.forLanguageTag(language == null ? "nb" : language));
    }
}
