package io.onewindow.identity.web;

import io.onewindow.http.IdentityProviders;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page: password login, and a button per configured identity provider. */
@Controller
class LoginController {

    /** Where the sign-in handler leaves the user name of a failed login. */
    static final String TYPED_USERNAME = "io.onewindow.identity.login.username";

    private final ObjectProvider<InMemoryClientRegistrationRepository> providers;

    LoginController(ObjectProvider<InMemoryClientRegistrationRepository> providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) Integer minutes, HttpSession session,
                 Model model) {
        model.addAttribute("error", error);
        Object typed = session.getAttribute(TYPED_USERNAME);
        session.removeAttribute(TYPED_USERNAME);
        model.addAttribute("username", error != null && typed instanceof String name ? name : "");
        model.addAttribute("minutes", minutes == null ? 0 : minutes);
        model.addAttribute("providers", IdentityProviders.configured(providers));
        return "identity/login";
    }
}
