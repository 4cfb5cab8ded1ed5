package io.onewindow.journeys;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-licences as their holders, issuers and verifiers meet them: issued when a case is approved, held in the
 * wallet, checked by the QR code of the PDF, taken from the library instead of an upload, revoked by the issuer.
 */
class LicencesJourneyIT extends CaseJourney {

    static final Map<String, String> BABY = Map.of(
            "新生儿姓名", "李小满",
            "新生儿出生日期", "2026-11-20",
            "新生儿性别", "女",
            "出生医院", "青岛市妇女儿童医院",
            "母亲姓名", "王芳",
            "父亲姓名", "李明");

    @Test
    void aBirthCertificateApprovedInTheBrowserIsInTheWalletVerifiesByItsQrCodeAndStandsInForTheUploadAtBirthRegistration()
            throws Exception {
        signIn("citizen", PASSWORD);
        apply("370200-WJW-QR-0001");
        assertThat(answer(BABY)).as("the baby's six questions; her name, ID and phone prefilled").isEqualTo(9);
        assertThat(heading()).isEqualTo("申请材料");
        press("main a.button[href$='/check']");
        assertThat(text("dl.summary")).contains("李小满", "青岛市妇女儿童医院");
        press("main form[action$='/submit'] button");
        signOut();

        signIn("wjw-officer", PASSWORD);
        openCaseOf("王芳", "出生医学证明签发");
        approve();
        signOut();

        // The certificate is issued once the decision is committed: the wallet has it when she looks again.
        signIn("citizen", PASSWORD);
        visit("/licences");
        waitUntil(page -> {
            if (!page.findElements(By.linkText("出生医学证明")).isEmpty()) {
                return true;
            }
            page.navigate().refresh();
            return false;
        });
        checked();
        follow("出生医学证明");
        String licence = path();
        assertThat(text("main")).contains("李小满", "2026-11-20", "青岛市妇女儿童医院", "青岛市卫生健康委员会", "有效");
        String verification = verificationPathOf(download(browser.findElement(By.id("download-pdf")).getAttribute("href")));
        visit(verification);
        assertThat(outcome()).isEqualTo("VALID");
        assertThat(text("main")).contains("出生医学证明", "李小满", "青岛市卫生健康委员会");

        // Registering the birth at the police: the certificate comes from the library, with her consent.
        apply("370200-GA-QR-0001");
        answer(BABY);
        assertThat(heading()).isEqualTo("申请材料");
        WebElement certificate = browser.findElement(By.cssSelector("form[action$='/materials/birth-certificate/consent']"));
        assertThat(certificate.getText()).contains("出生医学证明", "李小满");
        certificate.findElement(By.cssSelector("input[type=radio]")).click();
        press("form[action$='/materials/birth-certificate/consent'] button");
        assertThat(browser.findElement(By.id("material-birth-certificate")).findElement(By.xpath("..")).getText())
                .contains("已同意使用电子证照或数据");
        upload("marriage-certificate");
        press("main a.button[href$='/check']");
        assertThat(text("main")).contains("出生医学证明: 已同意使用电子证照或数据", "父母结婚证: 已上传");
        press("main form[action$='/submit'] button");
        signOut();

        signIn("gongan", PASSWORD);
        openCaseOf("王芳", "出生登记");
        WebElement held = browser.findElements(By.cssSelector("ul.materials > li")).stream()
                .filter(m -> m.getText().startsWith("出生医学证明")).findFirst().orElseThrow();
        assertThat(held.getText()).as("the officer sees the verified certificate, not a file").contains("数据核验", "李小满");
        assertThat(held.findElements(By.tagName("a"))).isEmpty();
        signOut();

        // The issuer revokes it; its QR code now says so.
        signIn("wjw-officer", PASSWORD);
        visit(licence);
        type("reason", "出生日期登记有误，予以注销");
        press("#revoke");
        assertThat(text("main")).contains("已注销", "出生日期登记有误，予以注销");
        signOut();
        visit(verification);
        assertThat(outcome()).isEqualTo("REVOKED");
    }

    @Test
    void theEnterpriseShowsItsFoodLicenceWhoseQrCodeVerifiesUntilTheDepartmentRevokesIt() throws Exception {
        signIn("enterprise", "onewindow2026");
        follow("我的证照");
        assertThat(heading()).isEqualTo("我的证照");
        assertThat(text("main")).contains("青岛海岸线信息技术有限公司", "营业执照", "食品经营许可证", "机动车驾驶证");
        follow("食品经营许可证");
        checked();
        assertThat(text("main")).contains("单位食堂", "青岛市行政审批服务局", "有效");

        String verificationPath = verificationPathOf(download(browser.findElement(By.id("download-pdf")).getAttribute("href")));
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

    private void apply(String item) {
        visit("/services/" + item);
        follow("在线申请");
        press("main form button");
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

    /** The path and query of the verification page the QR code of this licence PDF opens. */
    private static String verificationPathOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getFontNames()).as("the Chinese font is embedded").isNotEmpty();
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            URI verification = URI.create(new QRCodeReader().decode(bitmap).getText());
            return verification.getRawPath() + "?" + verification.getRawQuery();
        }
    }
}
