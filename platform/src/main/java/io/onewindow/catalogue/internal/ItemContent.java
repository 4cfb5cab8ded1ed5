package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.Audience;
import io.onewindow.catalogue.BusinessEvent;
import io.onewindow.catalogue.Channel;
import io.onewindow.catalogue.ItemType;
import io.onewindow.catalogue.LegalBasis;
import io.onewindow.catalogue.LifeEvent;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.Outcome;
import io.onewindow.catalogue.ServiceForm;
import io.onewindow.catalogue.Text;
import java.util.List;
import java.util.Set;

/**
 * What an editor writes of an item: its guide, without the version, state and dates the catalogue keeps.
 * Stored as the version's JSON content and exchanged in the catalogue's import and export. Numbers are
 * boxed: a draft may leave them empty until it is published.
 */
public record ItemContent(String code, Text name, Text summary, String departmentCode, ItemType type,
                          List<LegalBasis> legalBasis, Text whoMayApply, Text conditions,
                          Integer statutoryDays, Integer promisedDays, Long feeFen, Text feeNote, Integer trips,
                          Set<Audience> audiences, Set<Channel> channels, Set<LifeEvent> lifeEvents,
                          Set<BusinessEvent> businessEvents, Outcome outcome, List<Material> materials,
                          ServiceForm form, List<String> keywords) {

    public ItemContent {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        lifeEvents = lifeEvents == null ? Set.of() : Set.copyOf(lifeEvents);
        businessEvents = businessEvents == null ? Set.of() : Set.copyOf(businessEvents);
        materials = materials == null ? List.of() : List.copyOf(materials);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
