package io.onewindow.identity.web;

import java.util.Map;

/**
 * A step that asks before an action that cannot simply be undone (停用, 免职, 重置密码): what will happen,
 * to whom, and a form that does it. Plain HTML, so it works without JavaScript. Texts are bundle keys.
 *
 * @param facts  label key → value, in order, naming whom the action concerns
 * @param fields the hidden fields the confirming form posts to {@code action}
 */
public record Confirmation(String question, Map<String, String> facts, String consequence, String action, Map<String, String> fields,
                    String confirm, String back) {

    static final String PAGE = "identity/confirm";
}
