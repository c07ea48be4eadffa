package no.oslo.samarbeidsplakaten.export.web;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.base.i18n.TranslationProvider;
import no.oslo.samarbeidsplakaten.export.service.ExportPool;
import no.oslo.samarbeidsplakaten.export.service.ExportService;
import no.oslo.samarbeidsplakaten.export.service.PaperFormat;
import no.oslo.samarbeidsplakaten.export.service.TransferService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The export addresses. They are plain downloads so that a link, a bookmark or a QR code works without the app's
 * UI; the poster is read (and access checked) in the request, and rendered on the export pool.
 */
@RestController
class ExportController {

    static final String PDF_PATH = "/eksport/plakat/{id}.pdf";
    static final String JSON_PATH = "/eksport/plakat/{id}.json";

    private static final MediaType PLAIN_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final ExportService exports;
    private final TransferService transfers;
    private final I18NProvider i18n;

    ExportController(ExportService exports, TransferService transfers, I18NProvider i18n) {
        this.exports = exports;
        this.transfers = transfers;
        this.i18n = i18n;
    }

    @GetMapping(PDF_PATH)
    CompletableFuture<ResponseEntity<byte[]>> pdf(@PathVariable long id,
            @RequestParam(name = "versjon", required = false) Integer version,
            @RequestParam(name = "format", defaultValue = "A3") String formatName,
            @RequestParam(name = "refleksjon", defaultValue = "false") boolean reflection,
            @RequestParam(name = "sprak", defaultValue = "nb") String language) {
        PaperFormat format = PaperFormat.parse(formatName)
                .orElseThrow(() -> new DomainException("error.export.format", formatName));
        var poster = exports.printable(id, version, reflection, locale(language),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/");
        String fileName = ExportService.fileName(poster, format);
        return exports.pdf(poster, format).thenApply(pdf -> ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .header("X-Poster-Pages", String.valueOf(pdf.posterPages()))
                .header("X-Wheel-Page", String.valueOf(pdf.wheelPage()))
                .cacheControl(CacheControl.noStore())
                .body(pdf.bytes()));
    }

    @GetMapping(JSON_PATH)
    ResponseEntity<byte[]> json(@PathVariable long id,
            @RequestParam(name = "versjon", required = false) Integer version) {
        var file = transfers.export(id, version);
        String fileName = "samarbeidsplakat-" + file.department().code().toLowerCase(Locale.ROOT) + "-"
                + file.agency().code().toLowerCase(Locale.ROOT) + "-" + file.source() + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(transfers.toJson(file));
    }

    /** A poster the user may not see answers as one that does not exist. */
    @ExceptionHandler({NotFoundException.class, AccessDeniedException.class})
    ResponseEntity<String> notFound(HttpServletRequest request) {
        return plain(HttpStatus.NOT_FOUND, i18n.getTranslation("error.export.notFound", locale(request)));
    }

    @ExceptionHandler(ExportPool.BusyException.class)
    ResponseEntity<String> busy(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                .contentType(PLAIN_TEXT).body(i18n.getTranslation("error.export.busy", locale(request)));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<String> refused(DomainException e, HttpServletRequest request) {
        return plain(HttpStatus.BAD_REQUEST,
                i18n.getTranslation(e.getMessageKey(), locale(request), e.getArguments()));
    }

    private static ResponseEntity<String> plain(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(PLAIN_TEXT).body(message);
    }

    private static Locale locale(HttpServletRequest request) {
        String language = request.getParameter("sprak");
        return locale(language == null ? "nb" : language);
    }

    /** The app's language, as the link asked for it; bokmål unless English was chosen. */
    private static Locale locale(String language) {
        return TranslationProvider.supported(Locale.forLanguageTag(language));
    }
}
