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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the published catalogue for other modules, the pages and the API. */
@Service
@Transactional(readOnly = true)
public class CatalogueReader implements ServiceCatalogue {

    private static final int MAX_DECODED = 10_000;

    private final EntryStore store;
    private final EntryCodec codec;
    private final CatalogueIndex index;
    private final Map<String, Object> decoded = new ConcurrentHashMap<>();

    CatalogueReader(EntryStore store, EntryCodec codec, CatalogueIndex index) {
        this.store = store;
        this.codec = codec;
        this.index = index;
    }

    @Override
    public Optional<ServiceItem> find(String code) {
        return store.publishedVersion(code).filter(v -> v.getKey() == EntryKind.ITEM).flatMap(v -> find(code, v.getValue()));
    }

    @Override
    public Optional<ServiceItem> find(String code, int version) {
        return published(code, version, EntryKind.ITEM).map(ServiceItem.class::cast);
    }

    @Override
    public Optional<ServiceBundle> findBundle(String code) {
        return store.publishedVersion(code).filter(v -> v.getKey() == EntryKind.BUNDLE).flatMap(v -> findBundle(code, v.getValue()));
    }

    @Override
    public Optional<ServiceBundle> findBundle(String code, int version) {
        return published(code, version, EntryKind.BUNDLE).map(ServiceBundle.class::cast);
    }

    // A version once published never changes but for its state (a trigger in the database refuses anything
    // else), so it is decoded once per node and state; only its state is read each time. The cache holds the
    // published versions of the catalogue, a few thousand at most.
    private Optional<Object> published(String code, int version, EntryKind kind) {
        Optional<EntryState> state = store.publishedState(code, version);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        String key = code + "@" + version + "@" + state.get();
        Object cached = decoded.get(key);
        if (cached == null) {
            Optional<EntryStore.Row> row = store.find(code, version).filter(r -> r.publishedAt() != null);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            cached = row.get().kind() == EntryKind.ITEM ? codec.item(row.get()) : codec.bundle(row.get());
            if (decoded.size() >= MAX_DECODED) {
                decoded.clear();
            }
            decoded.put(key, cached);
        }
        boolean wanted = kind == EntryKind.ITEM ? cached instanceof ServiceItem : cached instanceof ServiceBundle;
        return wanted ? Optional.of(cached) : Optional.empty();
    }

    // The index is in memory: a search takes no connection (the index's own rebuild reads what it needs).
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public ResultPage<ServiceSummary> search(ServiceQuery query) {
        return index.search(query);
    }

    /** How many current entries each department has. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Map<String, Long> countsByDepartment() {
        return index.countsByDepartment();
    }

    /** The kind of the entry a code names, whatever state its versions are in. */
    public Optional<EntryKind> kindOf(String code) {
        return store.latestKind(code);
    }

    /** The published versions of an entry, newest first, for its guide's version history. */
    public List<Integer> publishedVersions(String code) {
        return store.publishedVersionNumbers(code);
    }
}
