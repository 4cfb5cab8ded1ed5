package io.onewindow.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** Reader preferences that work without JavaScript: the large-text mode, switched by a plain link. */
@Controller
class PreferencesController {

    @GetMapping("/preferences/text-size")
    RedirectView textSize(@RequestParam(defaultValue = "normal") String size, @RequestParam(defaultValue = "/") String back,
                          HttpServletResponse response) {
        Cookie cookie = new Cookie(LayoutModel.ELDER_COOKIE, "large".equals(size) ? "1" : "0");
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        // The path is sent back as it came: braces in it are no URI template to expand.
        RedirectView view = new RedirectView(localPath(back), true);
        view.setExpandUriTemplateVariables(false);
        return view;
    }

    /** Only paths on this site, so the link cannot send readers elsewhere, and none a header cannot carry. */
    static String localPath(String back) {
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\");
        return local && back.chars().noneMatch(c -> c < 0x20 || c == 0x7f) ? asciiOnly(back) : "/";
    }

    /** A Location header carries ASCII only: other characters (/搜索) go as their UTF-8 bytes, percent-encoded. */
    private static String asciiOnly(String path) {
        StringBuilder ascii = new StringBuilder(path.length());
        path.codePoints().forEach(c -> {
            if (c < 0x80 && c != ' ') {
                ascii.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    ascii.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return ascii.toString();
    }
}
