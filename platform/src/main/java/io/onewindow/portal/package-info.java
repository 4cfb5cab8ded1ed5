/**
 * Portal: what people see around every page: the layout with the city's name, the zh-CN/en switch and
 * the large-text mode (大字模式), the home page and search, the workbench of each role, error pages and
 * problem+json answers. Composes the other modules' read APIs; owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package io.onewindow.portal;
