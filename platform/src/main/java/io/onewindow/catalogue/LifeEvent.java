package io.onewindow.catalogue;

import java.util.Locale;

/** The moments of a person's life that citizens browse services by (个人生命周期). */
public enum LifeEvent {
    /** 出生 */
    BIRTH,
    /** 上学 */
    SCHOOL,
    /** 就业 */
    EMPLOYMENT,
    /** 婚育 */
    MARRIAGE,
    /** 置业 */
    HOME,
    /** 户籍与居住 */
    RESIDENCE,
    /** 出行 */
    TRAVEL,
    /** 就医 */
    HEALTH,
    /** 救助与残疾 */
    ASSISTANCE,
    /** 退休 */
    RETIREMENT;

    public String messageKey() {
        return "catalogue.life-event." + name().toLowerCase(Locale.ROOT);
    }
}
