package io.onewindow.portal;

/**
 * A card on a role's workbench (工作台): a title that links to where the work is, a sentence saying what
 * it is for, and optionally a count with its caption ("3" and "件今天到期"). Cards are shown by
 * {@code order}, lowest first.
 */
public record WorkbenchCard(int order, Label title, Label description, String href, Long count, Label countCaption) {

    public static WorkbenchCard link(int order, Label title, Label description, String href) {
        return new WorkbenchCard(order, title, description, href, null, null);
    }

    /** The same card with a figure, e.g. how many cases are due today. */
    public WorkbenchCard counting(long count, Label caption) {
        return new WorkbenchCard(order, title, description, href, count, caption);
    }
}
