package io.onewindow.kernel.code;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Catches the refusal of a code and checks that it fills every placeholder of its message. */
final class Refusals {

    private Refusals() {
    }

    static InvalidCodeException refusalOf(ThrowingCallable parsing) {
        var refusal = catchThrowableOfType(InvalidCodeException.class, parsing);
        assertThat(refusal).as("the code should have been refused").isNotNull();
        var message = KernelMessages.CHINESE.getProperty(refusal.code().messageKey());
        assertThat(refusal.arguments().keySet())
                .as("arguments of %s", refusal.reason())
                .containsExactlyInAnyOrderElementsOf(KernelMessages.placeholders(message));
        return refusal;
    }
}
