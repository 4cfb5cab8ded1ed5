package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.CatalogueEntry;
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
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the published catalogue for other modules, the pages and the API. Each read is one statement (or two,
 * the first time a version is decoded, of rows that never change), so none needs a transaction: a read joins the
 * caller's, if there is one, and is not wrapped in a transactional proxy otherwise (that proxy was half the cost
 * of the versions' read on every guide page). Outside a transaction an entry's versions are read once for each
 * state of what is published, as the search knows it (on this node from the commit of a change, on the others
 * within {@code onewindow.catalogue.index-refresh}): a guide page or an API call then reads nothing.
 */
@Service
public class CatalogueReader implements ServiceCatalogue {

    private static final int MAX_DECODED = 10_000;

    private final EntryStore store;
    private final EntryCodec codec;
    private final CatalogueIndex index;
    private final Map<String, Object> decoded = new ConcurrentHashMap<>();
    private final Map<String, KnownVersions> versionsByCode = new ConcurrentHashMap<>();

    CatalogueReader(EntryStore store, EntryCodec codec, CatalogueIndex index) {
        this.store = store;
        this.codec = codec;
        this.index = index;
    }

    @Override
    public Optional<ServiceItem> find(String code) {
        return item(versions(code), null);
    }

    @Override
    public Optional<ServiceItem> find(String code, int version) {
        return item(versions(code), version);
    }

    @Override
    public Optional<CatalogueEntry> findCurrent(String code) {
        Versions versions = versions(code);
        return versions.kind().flatMap(kind -> published(versions, null, kind)).map(CatalogueEntry.class::cast);
    }

    @Override
    public Optional<ServiceBundle> findBundle(String code) {
        return bundle(versions(code), null);
    }

    @Override
    public Optional<ServiceBundle> findBundle(String code, int version) {
        return bundle(versions(code), version);
    }

    /** An entry's versions, newest first, without their content: what its guide needs to know before it shows one. */
    public Versions versions(String code) {
        // A transaction reads what it wrote itself, which the search may not know yet.
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return new Versions(code, store.versionStates(code));
        }
        Object published = index.publishedState();
        KnownVersions known = versionsByCode.get(code);
        if (known != null && known.published() == published) {
            return known.versions();
        }
        Versions read = new Versions(code, store.versionStates(code));
        // Codes of no entry are not kept: anyone can ask for as many of them as they like.
        if (!read.all().isEmpty()) {
            if (versionsByCode.size() >= MAX_DECODED) {
                versionsByCode.clear();
            }
            versionsByCode.put(code, new KnownVersions(published, read));
        }
        return read;
    }

    /** An entry's versions as read while {@code published} was the state of what is published. */
    private record KnownVersions(Object published, Versions versions) {
    }

    /** The versions of one entry; its kind is that of its newest version, whatever state that version is in. */
    public record Versions(String code, List<EntryStore.VersionState> all) {

        public Optional<EntryKind> kind() {
            return all.stream().findFirst().map(EntryStore.VersionState::kind);
        }

        /** The numbers of the versions ever published, newest first, for a guide's version history. */
        public List<Integer> published() {
            return all.stream().filter(EntryStore.VersionState::published).map(EntryStore.VersionState::version).toList();
        }

        /** The version asked for if it was ever published, or (null) the one published now. */
        Optional<EntryStore.VersionState> shown(Integer version) {
            return all.stream().filter(v -> version == null ? v.state() == EntryState.PUBLISHED : v.version() == version && v.published())
                    .findFirst();
        }
    }

    /** The item version asked for (null: the one published now), if it was published. */
    public Optional<ServiceItem> item(Versions versions, Integer version) {
        return published(versions, version, EntryKind.ITEM).map(ServiceItem.class::cast);
    }

    /** The bundle version asked for (null: the one published now), if it was published. */
    public Optional<ServiceBundle> bundle(Versions versions, Integer version) {
        return published(versions, version, EntryKind.BUNDLE).map(ServiceBundle.class::cast);
    }

    // A version once published never changes but for its state (a trigger in the database refuses anything
    // else), so it is decoded once per node and state; only the states are read each time. The cache holds the
    // published versions of the catalogue, a few thousand at most.
    private Optional<Object> published(Versions versions, Integer version, EntryKind kind) {
        Optional<EntryStore.VersionState> shown = versions.shown(version).filter(v -> v.kind() == kind);
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        String key = versions.code() + "@" + shown.get().version() + "@" + shown.get().state();
        Object cached = decoded.get(key);
        if (cached == null) {
            Optional<EntryStore.Row> row = store.find(versions.code(), shown.get().version()).filter(r -> r.publishedAt() != null);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            cached = row.get().kind() == EntryKind.ITEM ? codec.item(row.get()) : codec.bundle(row.get());
            if (decoded.size() >= MAX_DECODED) {
                decoded.clear();
            }
            decoded.put(key, cached);
        }
        return Optional.of(cached);
    }

    // The index is in memory: a search takes no connection (the index's own rebuild reads what it needs).
    @Override
    public ResultPage<ServiceSummary> search(ServiceQuery query) {
        return index.search(query);
    }

    /** How many current entries each department has. */
    public Map<String, Long> countsByDepartment() {
        return index.countsByDepartment();
    }
}
