package io.onewindow.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.exchange.InformationItem;
import io.onewindow.exchange.InformationItem.Mask;
import io.onewindow.exchange.InformationItem.Sensitivity;
import org.junit.jupiter.api.Test;

class MaskingPolicyTests {

    @Test
    void sensitiveItemsAreMaskedByTheirShapeUnlessTheGrantAllowsClearValues() {
        assertThat(MaskingPolicy.serve(item(Sensitivity.SENSITIVE, Mask.CITIZEN_ID), "37020219900101123X", false)).isEqualTo("370202********123X");
        assertThat(MaskingPolicy.serve(item(Sensitivity.SENSITIVE, Mask.PHONE), "13812345678", false)).isEqualTo("138****5678");
        assertThat(MaskingPolicy.serve(item(Sensitivity.SENSITIVE, Mask.NAME), "张三", false)).isEqualTo("张*");
        assertThat(MaskingPolicy.serve(item(Sensitivity.SENSITIVE, Mask.NAME), "欧阳娜娜", false)).isEqualTo("欧***");
        assertThat(MaskingPolicy.serve(item(Sensitivity.SENSITIVE, Mask.DATE), "1990-01-01", false)).isEqualTo("1990-**-**");
        assertThat(MaskingPolicy.serve(item(Sensitivity.SENSITIVE, Mask.NAME), "张三", true)).isEqualTo("张三");
    }

    @Test
    void publicAndInternalItemsAreServedAsTheyAreAndCoreItemsAreNeverClear() {
        assertThat(MaskingPolicy.serve(item(Sensitivity.PUBLIC, Mask.NAME), "张三", false)).isEqualTo("张三");
        assertThat(MaskingPolicy.serve(item(Sensitivity.INTERNAL, Mask.DATE), "1990-01-01", false)).isEqualTo("1990-01-01");
        assertThat(MaskingPolicy.serve(item(Sensitivity.CORE, Mask.WHOLE), 123456, true)).isEqualTo("******");
        assertThat(MaskingPolicy.masks(item(Sensitivity.CORE, Mask.WHOLE), true)).isTrue();
    }

    private static InformationItem item(Sensitivity sensitivity, Mask mask) {
        return new InformationItem("x", "x", "x", "string", sensitivity, true, mask);
    }
}
