package io.onewindow.catalogue;

/** An entry of the catalogue as published: an item, or a bundle of items (一件事). */
public sealed interface CatalogueEntry permits ServiceItem, ServiceBundle {

    String code();

    int version();
}
