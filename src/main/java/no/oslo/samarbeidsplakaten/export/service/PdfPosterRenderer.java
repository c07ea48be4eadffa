package no.oslo.samarbeidsplakaten.export.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Renders a poster as a one-page, tagged PDF with its fonts embedded. The base type size is searched for: the
 * largest size (within the paper's range) at which the whole poster fits one page. Content that does not fit even
 * at the smallest size goes on to further pages, and the poster says so at the top, so nothing is cut silently.
 */
@Component
public class PdfPosterRenderer {

    /** Rendered PDF and what the fitting chose. */
    /**
     * @param pages every page of the PDF
     * @param wheelPage the last page is the annual wheel's (on A4), not the poster running over
     */
    public record RenderedPdf(byte[] bytes, int pages, float fontPt, boolean wheelPage) {

        /** The pages the poster itself fills: one, unless it did not fit at the smallest type size. */
        public int posterPages() {
            return wheelPage ? pages - 1 : pages;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PdfPosterRenderer.class);
    /** A page this tall never breaks, so laying out on it measures the poster's natural height. */
    private static final float MEASURING_HEIGHT_MM = 20_000f;
    private static final int MAX_MEASUREMENTS = 7;
    /** Close enough to a full page: a larger size would not read differently. */
    private static final float GOOD_FILL = 0.97f;

    static {
        // The renderer reports every font load and stylesheet parse at INFO; only its warnings are worth a log line.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final byte[] italic = font("DejaVuSans-Oblique.ttf");

    public RenderedPdf render(PrintablePoster poster, PaperFormat format) {
        var html = new PosterHtml(poster, qrDataUri(poster.address()));
        Float fitting = largestFittingSize(html, format);
        boolean overflow = fitting == null;
        float size = overflow ? format.minFontPt() : fitting;
        // Rounding in the measurement can still push the last line over: shrink a little until one page holds it.
        // On A4 the annual wheel has a page of its own after the poster's: the poster is fitted without it.
        boolean wheelPage = html.hasWheelPage(format);
        for (int attempt = 0; attempt < 4; attempt++) {
            var pdf = write(html.render(format, size, format.heightMm(), overflow, false), size, false);
            if (pdf.pages() == 1 || overflow) {
                return wheelPage ? write(html.render(format, size, format.heightMm(), overflow, true), size, true)
                        : pdf;
            }
            size *= 0.985f;
        }
        log.warn("Poster {} did not fit one {} page after shrinking", poster.document().id(), format);
        return write(html.render(format, size, format.heightMm(), true, wheelPage), size, wheelPage);
    }

    /** @return the largest base size at which the poster fits one page, or null when even the smallest does not */
    private Float largestFittingSize(PosterHtml html, PaperFormat format) {
        float available = format.contentHeightPt();
        float low = format.minFontPt();
        float high = format.maxFontPt();
        Float best = null;
        float size = high;
        for (int i = 0; i < MAX_MEASUREMENTS; i++) {
            float height = measureHeightPt(html, format, size);
            if (height <= available) {
                best = best == null ? size : Math.max(best, size);
                low = size;
                if (size >= high || height >= available * GOOD_FILL) {
                    break;
                }
            } else {
                high = size;
            }
            // Text wraps into more lines as it grows, so height grows roughly with the square of the type size.
            float guess = size * (float) Math.sqrt(available / height) * 0.995f;
            size = guess > low && guess < high ? guess : (low + high) / 2;
            if (high - low < 0.05f) {
                break;
            }
        }
        if (best == null && measureHeightPt(html, format, format.minFontPt()) <= available) {
            best = format.minFontPt();
        }
        return best;
    }

    private float measureHeightPt(PosterHtml html, PaperFormat format, float fontPt) {
        var builder = builder(html.render(format, fontPt, MEASURING_HEIGHT_MM, false, false));
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            return renderer.getRootBox().getHeight() / renderer.getDotsPerPoint();
        }
    }

    private RenderedPdf write(String xhtml, float fontPt, boolean wheelPage) {
        var out = new ByteArrayOutputStream(256 * 1024);
        var builder = builder(xhtml).toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            int pages = renderer.getRootBox().getLayer().getPages().size();
            renderer.createPDF();
            return new RenderedPdf(out.toByteArray(), pages, fontPt, wheelPage);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfRendererBuilder builder(String xhtml) {
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        // The annual wheel is SVG we draw ourselves: no scripts, nothing fetched.
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Samarbeidsplakaten");
        builder.useFont(() -> new ByteArrayInputStream(regular), PosterHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), PosterHtml.FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(italic), PosterHtml.FONT_FAMILY, 400, FontStyle.ITALIC, true);
        // Everything the poster needs is inline; nothing is fetched from anywhere.
        builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        return builder;
    }

    static String qrDataUri(String address) {
        try {
            var matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalArgumentException("Cannot encode " + address, e);
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfPosterRenderer.class.getResourceAsStream("/export/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
