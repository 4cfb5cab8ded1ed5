package io.onewindow.identity;

import java.util.List;

/**
 * Day one of an installation: the departments and their officers, imported from CSV by the installation's
 * administrator. An import is all or nothing: every bad line is reported with its number and what is wrong,
 * and unless every line is good nothing is stored.
 */
public interface RegisterImports {

    /** Columns: {@code code,name,name_en,uscc,level,division,parent_code,function}; a parent may be a line above. */
    Result departments(String csv);

    /**
     * Columns: {@code department_code,citizen_id,name,phone,division,title,roles,scope_division,username}; roles
     * separated by {@code ;}. A person not yet registered is registered; each officer gets an account with a
     * temporary password to change at first sign-in (returned once, in {@link Result#credentials()}).
     */
    Result officers(String csv);

    /** What an import did: how many lines were stored, or why not. */
    record Result(int imported, List<LineError> errors, List<Credential> credentials) {

        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /** What is wrong with one line (numbered from 1, the header being line 1), in the reader's language. */
    record LineError(long line, String message) {
    }

    /** A new account and its temporary password, to hand to its holder. */
    record Credential(String username, String name, String temporaryPassword) {
    }
}
