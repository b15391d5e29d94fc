package org.specloop.command.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.command.lot.MagnetLot;

class StoreCheckedCacheTest {
    private final EventStore eventStore = mock(EventStore.class);
    private final WeakReferenceCache memory = new WeakReferenceCache();
    private final StoreCheckedCache cache = new StoreCheckedCache(memory, () -> eventStore,
            () -> AnnotatedAggregateMetaModelFactory.inspectAggregate(MagnetLot.class));
    private AggregateCacheEntry<MagnetLot> entry;

    @BeforeEach
    void cacheALotAtVersionFour() throws Exception {
        var constructor = MagnetLot.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        EventSourcedAggregate<MagnetLot> lot = EventSourcedAggregate.reconstruct(constructor.newInstance(),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(MagnetLot.class), 4L, false, eventStore,
                NoSnapshotTriggerDefinition.TRIGGER);
        entry = new AggregateCacheEntry<>(lot);
        cache.put("LOT-1", entry);
    }

    @Test
    void anAggregateAtTheStoresLastSequenceIsServedFromMemory() {
        when(eventStore.lastSequenceNumberFor("LOT-1")).thenReturn(Optional.of(4L));

        assertThat(cache.<String, Object>get("LOT-1")).isSameAs(entry);
    }

    @Test
    void anAggregateAnotherNodeAppendedToIsDroppedAndLoadedAfresh() {
        when(eventStore.lastSequenceNumberFor("LOT-1")).thenReturn(Optional.of(5L));

        assertThat(cache.<String, Object>get("LOT-1")).isNull();
        assertThat(memory.containsKey("LOT-1")).isFalse();
    }

    @Test
    void aMissOnTheCacheAsksNothingOfTheStore() {
        assertThat(cache.<String, Object>get("LOT-2")).isNull();
    }
}
