/**
 * Purposes (数据使用目的): the managed list of purposes for which personal data may be used on the platform,
 * each with its name in both languages and its legal basis. A read of personal data states one of them, or
 * is refused; people see it in words wherever their data's use is shown. The data bureau keeps the list.
 * Owns {@code purposes.purpose}; publishes {@link io.onewindow.purposes.PurposeDefined} and
 * {@link io.onewindow.purposes.PurposeRetired}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Purposes")
package io.onewindow.purposes;
