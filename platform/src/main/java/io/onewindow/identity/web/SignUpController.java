package io.onewindow.identity.web;

import io.onewindow.identity.SignUps;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.i18n.Messages;
import io.onewindow.kernel.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Citizen self-registration (实名注册), one question per page: citizen ID, name, mobile number, password,
 * then a page to check the answers, then the one-time code sent by text message. Each answer is checked on
 * its own page, for form only; nothing is stored until the citizen confirms, and the account is opened only
 * with the code. The answers never tell whether an ID already has an account (see {@link SignUps}).
 */
@Controller
class SignUpController {

    /** The questions in order: the page's path and the fields it asks for. */
    enum Question {
        CITIZEN_ID("citizen-id", List.of("citizenId"), "text", "width-id", "off"),
        NAME("name", List.of("name"), "text", "width-short", "name"),
        PHONE("phone", List.of("phone"), "tel", "width-id", "tel"),
        PASSWORD("password", List.of("password", "passwordConfirmation"), "password", null, "new-password");

        final String path;
        final List<String> fields;
        final String inputType;
        final String width;
        final String autocomplete;

        Question(String path, List<String> fields, String inputType, String width, String autocomplete) {
            this.path = path;
            this.fields = fields;
            this.inputType = inputType;
            this.width = width;
            this.autocomplete = autocomplete;
        }

        static Optional<Question> at(String path) {
            return java.util.Arrays.stream(values()).filter(q -> q.path.equals(path)).findFirst();
        }

        public String inputType() {
            return inputType;
        }

        public String width() {
            return width;
        }

        public String autocomplete() {
            return autocomplete;
        }

        String next() {
            return ordinal() + 1 < values().length ? values()[ordinal() + 1].path : "check";
        }
    }

    private final SignUps signUps;
    private final Messages messages;

    SignUpController(SignUps signUps, Messages messages) {
        this.signUps = signUps;
        this.messages = messages;
    }

    @GetMapping("/register")
    String start() {
        return "identity/register-start";
    }

    @GetMapping("/register/{step}")
    String ask(@PathVariable String step, @RequestParam(required = false) String change, HttpSession session, Model model) {
        if (step.equals("check")) {
            return check(session, model);
        }
        if (step.equals("done")) {
            return done(session, model);
        }
        if (step.equals("code")) {
            return answers(session).pending == null ? "redirect:/register/check" : code(model, FormErrors.none());
        }
        Question question = Question.at(step).orElseThrow(NotFound::new);
        SignUpAnswers answers = answers(session);
        Optional<Question> missing = firstUnanswered(answers);
        if (missing.isPresent() && missing.get().ordinal() < question.ordinal()) {
            return "redirect:/register/" + missing.get().path;
        }
        return show(question, answers, FormErrors.none(), change != null, model);
    }

    @PostMapping("/register/{step}")
    String answer(@PathVariable String step, @RequestParam Map<String, String> form, HttpSession session,
                  Locale locale, Model model) {
        Question question = Question.at(step).orElseThrow(NotFound::new);
        SignUpAnswers answers = answers(session);
        question.fields.forEach(field -> answers.answer(field, form.getOrDefault(field, "")));
        List<FieldViolation> problems = signUps.check(answers.toSignUp(), Set.copyOf(question.fields));
        if (!problems.isEmpty() && question == Question.PASSWORD) {
            answers.password = null;
            answers.passwordConfirmation = null;
        }
        // Set again, not only changed: sessions live in the database and are saved when an attribute is set.
        session.setAttribute(SignUpAnswers.SESSION_KEY, answers);
        if (!problems.isEmpty()) {
            return show(question, answers, FormErrors.of(problems, messages, locale), form.containsKey("change"), model);
        }
        boolean changing = form.containsKey("change") && firstUnanswered(answers).isEmpty();
        return "redirect:/register/" + (changing ? "check" : question.next());
    }

    @PostMapping("/register/check")
    String confirm(HttpSession session, HttpServletRequest request, Locale locale, Model model) {
        SignUpAnswers answers = answers(session);
        if (firstUnanswered(answers).isPresent()) {
            return "redirect:/register/" + firstUnanswered(answers).get().path;
        }
        try {
            answers.pending = signUps.start(answers.toSignUp(), request.getRemoteAddr());
            // Nothing typed is needed any more; the password in particular leaves the session.
            answers.password = null;
            answers.passwordConfirmation = null;
            session.setAttribute(SignUpAnswers.SESSION_KEY, answers);
            return "redirect:/register/code";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, messages, locale));
            model.addAttribute("answers", answers.toSignUp());
            return "identity/register-check";
        }
    }

    @PostMapping("/register/code")
    String enterCode(@RequestParam(defaultValue = "") String code, HttpSession session, Locale locale, Model model) {
        SignUpAnswers answers = answers(session);
        if (answers.pending == null) {
            return "redirect:/register/check";
        }
        try {
            SignUpAnswers done = new SignUpAnswers();
            done.opened = signUps.complete(answers.pending, code);
            session.setAttribute(SignUpAnswers.SESSION_KEY, done);
            return "redirect:/register/done";
        } catch (InvalidInputException e) {
            return code(model, FormErrors.of(e, messages, locale));
        }
    }

    private String code(Model model, FormErrors errors) {
        model.addAttribute("errors", errors);
        return "identity/register-code";
    }

    private String check(HttpSession session, Model model) {
        SignUpAnswers answers = answers(session);
        Optional<Question> missing = firstUnanswered(answers);
        if (missing.isPresent()) {
            return "redirect:/register/" + missing.get().path;
        }
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("answers", answers.toSignUp());
        return "identity/register-check";
    }

    private String done(HttpSession session, Model model) {
        SignUpAnswers answers = answers(session);
        if (answers.opened == null) {
            return "redirect:/register";
        }
        model.addAttribute("name", answers.opened);
        session.removeAttribute(SignUpAnswers.SESSION_KEY);
        return "identity/register-done";
    }

    private String show(Question question, SignUpAnswers answers, FormErrors errors, boolean changing, Model model) {
        model.addAttribute("question", question);
        model.addAttribute("step", question.path);
        model.addAttribute("field", question.fields.get(0));
        model.addAttribute("value", question == Question.PASSWORD ? "" : answers.answer(question.fields.get(0)));
        model.addAttribute("number", question.ordinal() + 1);
        model.addAttribute("total", Question.values().length);
        model.addAttribute("changing", changing);
        model.addAttribute("errors", errors);
        return question == Question.PASSWORD ? "identity/register-password" : "identity/register-question";
    }

    private static Optional<Question> firstUnanswered(SignUpAnswers answers) {
        return java.util.Arrays.stream(Question.values())
                .filter(q -> q.fields.stream().anyMatch(f -> answers.answer(f) == null || answers.answer(f).isBlank()))
                .findFirst();
    }

    private static SignUpAnswers answers(HttpSession session) {
        Object stored = session.getAttribute(SignUpAnswers.SESSION_KEY);
        if (stored instanceof SignUpAnswers answers) {
            return answers;
        }
        SignUpAnswers answers = new SignUpAnswers();
        session.setAttribute(SignUpAnswers.SESSION_KEY, answers);
        return answers;
    }
}
