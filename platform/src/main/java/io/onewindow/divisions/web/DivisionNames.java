package io.onewindow.divisions.web;

import io.onewindow.divisions.Divisions;
import org.springframework.stereotype.Component;

/** Division names for templates: {@code ${@divisionNames.path(code)}} gives 山东省 > 青岛市 > 市南区. */
@Component("divisionNames")
public class DivisionNames {

    private final Divisions divisions;

    DivisionNames(Divisions divisions) {
        this.divisions = divisions;
    }

    public String path(String code) {
        return code == null ? "" : divisions.pathName(code);
    }

    public String name(String code) {
        return code == null ? "" : divisions.find(code).map(d -> d.name()).orElse(code);
    }
}
