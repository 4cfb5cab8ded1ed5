package io.onewindow.catalogue.web;

import io.onewindow.catalogue.internal.KnownCodes;
import org.springframework.stereotype.Component;

/** The bundle keys naming licence types and data resources, for templates: {@code #{${@catalogueKeys.licence(code)}}}. */
@Component("catalogueKeys")
class CatalogueKeys {

    public String licence(String code) {
        return KnownCodes.licenceKey(code);
    }

    public String data(String code) {
        return KnownCodes.dataKey(code);
    }
}
