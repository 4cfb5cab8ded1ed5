package io.onewindow.licences;

import java.util.List;
import java.util.Optional;

/** The licence types the platform issues. */
public interface LicenceTypes {

    List<LicenceType> all();

    Optional<LicenceType> find(String code);
}
