package io.onewindow.journeys;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.onewindow.testing.browser.BrowserJourney;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

class LicencesJourneyIT extends BrowserJourney {

    @Test
    void theEnterpriseShowsItsFoodLicenceWhoseQrCodeVerifiesUntilTheDepartmentRevokesIt() throws Exception {
        signIn("enterprise", "onewindow2026");
        follow("我的证照");
        assertThat(heading()).isEqualTo("我的证照");
        assertThat(text("main")).contains("青岛海岸线信息技术有限公司", "营业执照", "食品经营许可证", "机动车驾驶证");
        follow("食品经营许可证");
        checked();
        assertThat(text("main")).contains("单位食堂", "青岛市行政审批服务局", "有效");

        String verification = qrCodeOf(download(browser.findElement(By.id("download-pdf")).getAttribute("href")));
        String verificationPath = URI.create(verification).getRawPath() + "?" + URI.create(verification).getRawQuery();
        assertThat(verificationPath).startsWith("/verify/1.2.156.3005.2.100002.");
        signOut();

        visit(verificationPath);
        assertThat(outcome()).isEqualTo("VALID");
        assertThat(text("main")).contains("有效", "食品经营许可证", "青岛市行政审批服务局", "单位食堂", "签名（eddsa-rdfc-2022）");

        signIn("officer", "onewindow2026");
        visit("/licences/issued");
        follow("食品经营许可证");
        checked();
        type("reason", "食堂停止经营，申请注销");
        press("#revoke");
        checked();
        assertThat(text("main")).contains("已注销", "食堂停止经营，申请注销");
        signOut();

        visit(verificationPath);
        assertThat(outcome()).isEqualTo("REVOKED");
        assertThat(text("main")).contains("已注销", "食堂停止经营，申请注销");
    }

    @Test
    void anUnknownOrMistypedIdentifierIsSaidToBeUnknownWithTheReason() {
        visit("/verify");
        type("identifier", "1.2.156.3005.2.100001.91350100M000100Y43.3702000001.001.9");
        press("form button.button");
        checked();
        assertThat(outcome()).isEqualTo("UNKNOWN");
        assertThat(text("main")).contains("校验位应为8，而不是9");
    }

    @Test
    void onAPhoneTheWalletTheLicenceAndItsVerificationFitTheScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("citizen", "onewindow2026");
        visit("/licences");
        assertThat(text("main")).contains("社会保障卡", "机动车驾驶证", "不动产权证书");
        follow("不动产权证书");
        checked();
        fits();
        String verification = browser.findElement(By.id("verification-page")).getAttribute("href");
        visit("/licences?lang=en");
        fits();
        visit(URI.create(verification).getRawPath() + "?" + URI.create(verification).getRawQuery());
        fits();
        assertThat(outcome()).isEqualTo("VALID");
        assertThat(text("main")).doesNotContain("citizenId");
    }

    private String outcome() {
        return browser.findElement(By.id("outcome")).getAttribute("data-outcome");
    }

    private void fits() {
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s fits 390 px", browser.getCurrentUrl()).isTrue();
    }

    private byte[] download(String href) throws Exception {
        String cookies = String.join("; ", browser.manage().getCookies().stream().map(Cookie::toString)
                .map(c -> c.substring(0, c.indexOf(';'))).toList());
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private static String qrCodeOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getFontNames()).as("the Chinese font is embedded").isNotEmpty();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new QRCodeReader().decode(bitmap).getText();
        }
    }
}
