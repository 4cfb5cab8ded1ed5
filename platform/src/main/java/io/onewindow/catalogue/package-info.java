/**
 * Catalogue (政务服务事项目录、办事指南): every service item of every department, described as its guide, and
 * the bundles of items applied for at once (一件事一次办). Publishes {@link io.onewindow.catalogue.EntryDrafted},
 * {@link io.onewindow.catalogue.EntryPublished} and {@link io.onewindow.catalogue.EntryRetired}. Listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package io.onewindow.catalogue;
