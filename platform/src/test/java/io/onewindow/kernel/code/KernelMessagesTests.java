package io.onewindow.kernel.code;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class KernelMessagesTests {

    @Test
    void chineseAndEnglishBundlesHaveExactlyTheSameKeys() {
        assertThat(KernelMessages.ENGLISH.stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(KernelMessages.CHINESE.stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(CodeError.class)
    void everyCodeErrorHasAMessageInBothLanguagesWithTheSamePlaceholders(CodeError error) {
        var chinese = KernelMessages.CHINESE.getProperty(error.messageKey());
        var english = KernelMessages.ENGLISH.getProperty(error.messageKey());

        assertThat(chinese).as("zh-CN message for %s", error).isNotBlank();
        assertThat(english).as("English message for %s", error).isNotBlank();
        assertThat(KernelMessages.placeholders(english)).isEqualTo(KernelMessages.placeholders(chinese));
    }

    @ParameterizedTest
    @EnumSource(CodeError.class)
    void everyCodeErrorIsAnUnprocessableEntityWithAKebabKey(CodeError error) {
        assertThat(error.httpStatus()).isEqualTo(422);
        assertThat(error.messageKey()).matches("error\\.code\\.[a-z0-9]+(-[a-z0-9]+)*");
    }
}
