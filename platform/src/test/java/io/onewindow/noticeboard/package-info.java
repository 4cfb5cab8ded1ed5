/**
 * Notice board (通知公告): departments post public notices; anyone reads them. A module that exists only in
 * the tests, to prove that a module plugs into the platform from inside its own package: its page, its
 * workbench card, its navigation entry, its search source, its message bundle, its Flyway folder and its
 * demo data, with no line of any other module changed. Publishes {@link io.onewindow.noticeboard.NoticePosted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notice board")
package io.onewindow.noticeboard;
