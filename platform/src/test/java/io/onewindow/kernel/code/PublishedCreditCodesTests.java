package io.onewindow.kernel.code;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Unified social credit codes as real organisations and authorities published them. */
class PublishedCreditCodesTests {

    record PublishedCode(String code, String organisation, String division, String publishedIn) {

        @Override
        public String toString() {
            return organisation + " " + code;
        }
    }

    static List<PublishedCode> publishedCodes() {
        return List.of(
                new PublishedCode("91350100M000100Y43", "GB 32100-2015 example", "350100",
                        "GB 32100-2015, the standard's own example"),
                new PublishedCode("914403001922038216", "华为技术有限公司", "440300",
                        "Wikipedia (zh), article 華爲, infobox 機構代碼: https://zh.wikipedia.org/zh-hk/%E8%8F%AF%E7%88%B2"),
                new PublishedCode("91440300708461136T", "深圳市腾讯计算机系统有限公司", "440300",
                        "seller on an electronic invoice of 2024-04-29 issued through 深圳市税务局, "
                                + "https://github.com/user-attachments/files/15879819/2.pdf; also the Unified social "
                                + "credit code in https://check-china.com/example_report/en/8"),
                new PublishedCode("91140100767144608G", "中盈学宇技术有限公司", "140100",
                        "buyer on the same 深圳市税务局 electronic invoice, "
                                + "https://github.com/user-attachments/files/15879819/2.pdf"),
                new PublishedCode("91310106552993944D", "上海电子商务有限公司 (as printed; the 天猫超市 seller)", "310106",
                        "sellerTaxNumber of the sample 上海增值税电子普通发票 drawn by 天猫超市 in Alibaba Cloud's "
                                + "invoice OCR documentation, https://help.aliyun.com/document_detail/294595.htm"));
    }

    @ParameterizedTest
    @MethodSource("publishedCodes")
    void aPublishedCodeValidatesAsAnEnterpriseRegisteredByMarketRegulation(PublishedCode published) {
        var code = UnifiedSocialCreditCode.parse(published.code(), DivisionCodes.shipped());

        assertThat(code.value()).isEqualTo(published.code());
        assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.MARKET_REGULATION);
        assertThat(code.entityType()).isEqualTo('1');
        assertThat(code.divisionCode()).isEqualTo(published.division());
    }
}
