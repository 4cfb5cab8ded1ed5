/**
 * Data sharing and exchange (数据共享交换): the catalogue of every department's government data resources
 * (政务信息资源目录, after the national cataloguing guide), the lawful path to share them (以共享为原则、不共享为
 * 例外: 无条件 granted on an automatic check, 有条件 decided by the provider or the data bureau, 不予共享 refused
 * with its basis), purpose-bound, field-masked queries by department systems holding OAuth2 client
 * credentials, and corrections of wrong values (数据纠错), versioned.
 *
 * <p>Publishes {@link io.onewindow.exchange.DataResources} (the catalogue) and the audited actions
 * {@link io.onewindow.exchange.ResourceRegistered}, {@link io.onewindow.exchange.SharingRequested},
 * {@link io.onewindow.exchange.SharingDecided}, {@link io.onewindow.exchange.GrantRevoked},
 * {@link io.onewindow.exchange.QueryRefused}, {@link io.onewindow.exchange.CorrectionFlagged},
 * {@link io.onewindow.exchange.CorrectionAnswered}; every record served is announced as a read of the
 * person's data, so the person sees the department, purpose and time under "who used my data".
 *
 * <p>The 人口 (POPULATION) and 法人 (LEGAL_ENTITY) base libraries are read from identity's registers through
 * its API ({@link io.onewindow.identity.People}, {@link io.onewindow.identity.Enterprises}); the other
 * resources keep their rows in the {@code exchange} schema. Fills the cases module's seams
 * ({@link io.onewindow.cases.PrefillSource}, {@link io.onewindow.cases.MaterialSource}) through the
 * consuming department's grants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exchange")
package io.onewindow.exchange;
