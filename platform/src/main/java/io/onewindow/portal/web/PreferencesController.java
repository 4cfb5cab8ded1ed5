package io.onewindow.portal.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reader preferences that work without JavaScript: the large-text mode, switched by a plain link. */
@Controller
class PreferencesController {

    @GetMapping("/preferences/text-size")
    String textSize(@RequestParam(defaultValue = "normal") String size, @RequestParam(defaultValue = "/") String back,
                    HttpServletResponse response) {
        Cookie cookie = new Cookie(LayoutModel.ELDER_COOKIE, "large".equals(size) ? "1" : "0");
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return "redirect:" + localPath(back);
    }

    /** Only paths on this site, so the link cannot send readers elsewhere. */
    static String localPath(String back) {
        return back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\") ? back : "/";
    }
}
