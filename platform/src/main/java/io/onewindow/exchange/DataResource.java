package io.onewindow.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A government data resource of the catalogue (政务信息资源), as the national cataloguing guide describes one:
 * its classification ({@code category}, and {@code catalogueCode} 类-项-目-细目 such as {@code 1-01-01-01}),
 * its resource code (e.g. {@code POPULATION}, the code service items name in {@code satisfiedByData}), the
 * department that provides it, its information items and how it is shared.
 *
 * @param conditions for 有条件 the conditions of sharing, for 不予共享 the legal basis; empty for 无条件
 */
public record DataResource(String code, String catalogueCode, Category category, String name, String nameEn,
                           UUID providerId, String providerName, String providerNameEn, String summary, String summaryEn,
                           String format, SubjectKind subjectKind, SharingType sharing, String conditions, ShareMethod method,
                           OpenType openType, UpdateCycle updateCycle, LocalDate publishedOn, List<InformationItem> items) {

    public DataResource {
        items = List.copyOf(items);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    public String summary(Locale locale) {
        return "en".equals(locale.getLanguage()) ? summaryEn : summary;
    }

    public String providerName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? providerNameEn : providerName;
    }

    public Optional<InformationItem> item(String name) {
        return items.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** 基础信息资源 (base libraries), 主题信息资源 (thematic), 部门信息资源 (a department's own). */
    public enum Category { BASE, THEME, DEPARTMENT }

    /** Whose data a record is: a person's (by citizen ID) or an enterprise's (by credit code). */
    public enum SubjectKind { PERSON, ENTERPRISE }

    /** 无条件共享, 有条件共享, 不予共享. */
    public enum SharingType { UNCONDITIONAL, CONDITIONAL, NOT_SHARED }

    /** 共享方式: an interface, a table exchanged, a file. */
    public enum ShareMethod { API, TABLE, FILE }

    /** 开放类型 toward the public: 无条件开放, 有条件开放, 不予开放. */
    public enum OpenType { OPEN, CONDITIONAL_OPEN, NOT_OPEN }

    /** 更新周期. */
    public enum UpdateCycle { REAL_TIME, DAILY, MONTHLY, QUARTERLY, YEARLY }
}
