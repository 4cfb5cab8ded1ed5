package io.onewindow.cases.internal;

import io.onewindow.cases.CaseError;
import io.onewindow.kernel.error.DomainException;
import java.util.Arrays;
import java.util.Map;

/**
 * What an upload may be: a PDF, PNG or JPEG (what scanned papers and photos are), recognised by its first
 * bytes rather than by its name or the type the browser claims, and no larger than the configured limit.
 */
public final class UploadRules {

    private UploadRules() {
    }

    /** The sniffed content type of an acceptable file; refuses an empty, too large or unrecognised one. */
    public static String check(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw new DomainException(CaseError.UPLOAD_EMPTY, Map.of());
        }
        if (content.length > maxBytes) {
            throw new DomainException(CaseError.UPLOAD_TOO_LARGE, Map.of("max", maxBytes / (1024 * 1024)));
        }
        if (starts(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        throw new DomainException(CaseError.UPLOAD_TYPE, Map.of());
    }

    private static boolean starts(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        byte[] head = Arrays.copyOf(content, magic.length);
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
