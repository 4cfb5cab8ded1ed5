package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.EntryState;
import io.onewindow.catalogue.ResultPage;
import io.onewindow.catalogue.ServiceBundle;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.ServiceQuery;
import io.onewindow.catalogue.ServiceSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the published catalogue for other modules, the pages and the API. */
@Service
@Transactional(readOnly = true)
public class CatalogueReader implements ServiceCatalogue {

    private final EntryStore store;
    private final EntryCodec codec;
    private final CatalogueIndex index;

    CatalogueReader(EntryStore store, EntryCodec codec, CatalogueIndex index) {
        this.store = store;
        this.codec = codec;
        this.index = index;
    }

    @Override
    public Optional<ServiceItem> find(String code) {
        return store.inState(code, EntryState.PUBLISHED).filter(r -> r.kind() == EntryKind.ITEM).map(codec::item);
    }

    @Override
    public Optional<ServiceItem> find(String code, int version) {
        return store.find(code, version).filter(r -> r.kind() == EntryKind.ITEM && r.publishedAt() != null).map(codec::item);
    }

    @Override
    public Optional<ServiceBundle> findBundle(String code) {
        return store.inState(code, EntryState.PUBLISHED).filter(r -> r.kind() == EntryKind.BUNDLE).map(codec::bundle);
    }

    @Override
    public Optional<ServiceBundle> findBundle(String code, int version) {
        return store.find(code, version).filter(r -> r.kind() == EntryKind.BUNDLE && r.publishedAt() != null).map(codec::bundle);
    }

    @Override
    public ResultPage<ServiceSummary> search(ServiceQuery query) {
        return index.search(query);
    }

    /** How many current entries each department has. */
    public java.util.Map<String, Long> countsByDepartment() {
        return index.countsByDepartment();
    }

    /** The kind of the entry a code names, whatever state its versions are in. */
    public Optional<EntryKind> kindOf(String code) {
        return store.latest(code).map(EntryStore.Row::kind);
    }

    /** The published versions of an entry, newest first, for its guide's version history. */
    public List<Integer> publishedVersions(String code) {
        return store.versions(code).stream().filter(r -> r.publishedAt() != null).map(EntryStore.Row::version).toList();
    }
}
