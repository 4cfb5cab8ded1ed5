package io.onewindow.licences.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.onewindow.kernel.privacy.Masking;
import io.onewindow.kernel.time.CivilTime;
import io.onewindow.licences.LicenceType;
import io.onewindow.licences.LicenceView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The human form of a licence: an A4 page with its printed fields (citizen IDs masked), the issuer, the validity,
 * the identifier, and a QR code that opens the public verification page with the licence's code. The Chinese
 * font (Droid Sans Fallback, Apache 2.0) is embedded as the subset the page uses, so the PDF reads the same
 * everywhere; it has no Latin letters, which are set in Helvetica (a standard PDF font, never embedded).
 */
@Component
public class LicencePdf {

    private static final float MARGIN = 56;

    private final LicenceSettings settings;

    LicencePdf(LicenceSettings settings) {
        this.settings = settings;
    }

    /** The address the QR code opens. */
    public String verificationUrl(LicenceView licence, String verifyCode) {
        return settings.url("/verify/" + licence.identifier() + "?code=" + verifyCode);
    }

    public byte[] render(LicenceView licence, String verifyCode) {
        try (PDDocument document = new PDDocument(); InputStream font = LicencePdf.class.getResourceAsStream("/licences/fonts/DroidSansFallback.ttf")) {
            Fonts chinese = new Fonts(PDType0Font.load(document, font, true), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(licence.type().name().zh() + " " + licence.identifier());
            float width = page.getMediaBox().getWidth();
            float y = page.getMediaBox().getHeight() - MARGIN - 20;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, chinese, 26, centred(chinese, 26, licence.type().name().zh(), width), y, licence.type().name().zh());
                y -= 22;
                text(content, chinese, 11, centred(chinese, 11, licence.type().name().en(), width), y, licence.type().name().en());
                y -= 40;
                y = line(content, chinese, y, "持证主体 Holder", licence.holderName());
                for (LicenceType.Field field : licence.type().fields()) {
                    String value = licence.fields().get(field.name());
                    if (field.printed() && value != null) {
                        y = line(content, chinese, y, field.label().zh(), field.personal() ? Masking.citizenId(value) : value);
                    }
                }
                y = line(content, chinese, y, "发证机关 Issuer", licence.departmentName());
                y = line(content, chinese, y, "有效期 Valid", day(licence.validFrom()) + " 至 "
                        + (licence.validUntil() == null ? "长期" : day(licence.validUntil())));
                y -= 10;
                text(content, chinese, 9, MARGIN, y, "证照标识 " + licence.identifier());
                String url = verificationUrl(licence, verifyCode);
                qr(content, url, MARGIN, 90, 150);
                text(content, chinese, 10, MARGIN + 170, 200, "扫码核验 Scan to verify");
                text(content, chinese, 7, MARGIN + 170, 185, url);
                text(content, chinese, 8, MARGIN + 170, 165, "本证照为电子证照，以平台签名的可验证凭证（W3C VC 2.0）为准。");
                text(content, chinese, 8, MARGIN + 170, 153, "This is an e-licence; its signed Verifiable Credential prevails.");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String day(java.time.Instant instant) {
        return instant.atZone(CivilTime.ZONE).toLocalDate().toString();
    }

    private static float line(PDPageContentStream content, Fonts font, float y, String label, String value) throws IOException {
        text(content, font, 12, MARGIN, y, label);
        float x = MARGIN + 150;
        for (String part : wrap(value, 28)) {
            text(content, font, 12, x, y, part);
            y -= 18;
        }
        return y - 6;
    }

    private static java.util.List<String> wrap(String value, int perLine) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < value.length(); i += perLine) {
            lines.add(value.substring(i, Math.min(value.length(), i + perLine)));
        }
        return lines.isEmpty() ? java.util.List.of("") : lines;
    }

    /** The Chinese font and the Latin one: each run of text is set in the font that has its glyphs. */
    private record Fonts(PDType0Font chinese, PDFont latin) {

        PDFont fontFor(int codePoint) {
            return codePoint < 0x2000 ? latin : chinese;
        }

        float width(String text, float size) throws IOException {
            float width = 0;
            for (String[] run : runs(text)) {
                width += font(run).getStringWidth(run[1]) / 1000 * size;
            }
            return width;
        }

        PDFont font(String[] run) {
            return run[0].equals("latin") ? latin : chinese;
        }

        java.util.List<String[]> runs(String text) {
            java.util.List<String[]> runs = new java.util.ArrayList<>();
            StringBuilder current = new StringBuilder();
            String kind = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String k = fontFor(cp) == latin ? "latin" : "chinese";
                if (kind != null && !kind.equals(k)) {
                    runs.add(new String[] {kind, current.toString()});
                    current.setLength(0);
                }
                kind = k;
                current.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            if (kind != null) {
                runs.add(new String[] {kind, current.toString()});
            }
            return runs;
        }
    }

    private static float centred(Fonts font, float size, String text, float width) throws IOException {
        return (width - font.width(text, size)) / 2;
    }

    private static void text(PDPageContentStream content, Fonts fonts, float size, float x, float y, String text) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, y);
        for (String[] run : fonts.runs(text)) {
            content.setFont(fonts.font(run), size);
            content.showText(run[1]);
        }
        content.endText();
    }

    // The QR code as filled squares (vector, sharp at any zoom), with the quiet zone zxing adds.
    private static void qr(PDPageContentStream content, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode the verification address in a QR code", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    content.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }
}
