package io.onewindow.kernel.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How personal data is shown where the full value is not needed: in logs, in lists, on screens of people
 * other than its subject. The rules follow common practice of Chinese government portals (GB/T 35273
 * de-identification): keep enough to recognise, never enough to reuse.
 */
public final class Masking {

    private static final Pattern CITIZEN_ID = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private Masking() {
    }

    /** 370202199001011234 → 370202********1234. */
    public static String citizenId(String id) {
        if (id == null || id.length() < 10) {
            return stars(id);
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return stars(phone);
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** zhang.san@example.com → z***@example.com: the first character of the local part and the domain. */
    public static String email(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        if (at < 1) {
            return stars(address);
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    /** Masks anything in the text shaped like a citizen ID, a mainland mobile number or an e-mail address. */
    public static String identifiersIn(String text) {
        if (text == null) {
            return null;
        }
        String masked = replace(MOBILE.matcher(replace(CITIZEN_ID.matcher(text), Masking::citizenId)), Masking::phone);
        return replace(EMAIL.matcher(masked), Masking::email);
    }

    private static String replace(Matcher matcher, java.util.function.UnaryOperator<String> mask) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(mask.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String stars(String value) {
        return value == null ? "" : "*".repeat(value.length());
    }
}
