package io.onewindow.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.notify.TextMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(extraIncludes = "identity")
@ExtendWith(OutputCaptureExtension.class)
class TextMessagesTests {

    @Autowired
    TextMessages texts;

    @Autowired
    DevTextMessages dev;

    @Test
    void inDevModeAMessageIsKeptForTheDevPageAndItsNumberIsLoggedMaskedWithoutTheText(CapturedOutput output) {
        assertThat(texts.available()).isTrue();

        texts.send("13912345678", "您的验证码是 482913");

        assertThat(dev.sent().get(0)).extracting(DevTextMessages.Sent::mobile, DevTextMessages.Sent::text)
                .containsExactly("13912345678", "您的验证码是 482913");
        assertThat(output).contains("139****5678").doesNotContain("13912345678", "482913");
    }
}
