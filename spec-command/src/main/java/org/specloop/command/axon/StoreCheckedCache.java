package org.specloop.command.axon;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AggregateModel;

/**
 * An aggregate cache that is safe when several nodes write the same aggregates. A cached aggregate
 * is used only while its version is still the last sequence number in the event store; otherwise
 * another node appended since, and the aggregate is loaded afresh. Axon's plain cache would catch a
 * stale aggregate only when it appends (unique key, retry); a command that decides to append nothing
 * on stale state, such as an evaluation that finds "no news", would go wrong unnoticed.
 * The check is one lookup on the (aggregate, sequence) index instead of reading every event.
 */
class StoreCheckedCache implements Cache {
    private final Cache delegate;
    private final Supplier<EventStore> eventStore;
    private final Supplier<AggregateModel<?>> modelSource;
    private volatile AggregateModel<?> model;

    /** The model must be the one Axon built (with its parameter resolvers): it recreates serialized entries. */
    StoreCheckedCache(Cache delegate, Supplier<EventStore> eventStore, Supplier<AggregateModel<?>> model) {
        this.delegate = delegate;
        this.eventStore = eventStore;
        this.modelSource = model;
    }

    @Override
    public <K, V> V get(K key) {
        V value = delegate.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !isCurrent(key.toString(), entry)) {
            delegate.remove(key);
            return null;
        }
        return value;
    }

    private boolean isCurrent(String aggregateId, AggregateCacheEntry<?> entry) {
        Long cached = version(entry);
        Optional<Long> stored = eventStore.get().lastSequenceNumberFor(aggregateId);
        return Objects.equals(cached, stored.orElse(null));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Long version(AggregateCacheEntry entry) {
        // an entry kept in memory hands back its aggregate as is; the model serves only entries read back from bytes
        return entry.recreateAggregate(model(), eventStore.get(), NoSnapshotTriggerDefinition.INSTANCE).version();
    }

    private AggregateModel<?> model() {
        if (model == null) {
            model = modelSource.get();
        }
        return model;
    }

    @Override
    public void put(Object key, Object value) {
        delegate.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return delegate.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return delegate.remove(key);
    }

    @Override
    public void removeAll() {
        delegate.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return delegate.registerCacheEntryListener(cacheEntryListener);
    }
}
