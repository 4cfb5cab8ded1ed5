package io.onewindow.catalogue;

import java.util.List;

/** One page of an application form and the questions asked on it (one, for citizens). */
public record FormPage(List<FormQuestion> questions) {

    public FormPage {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
