package org.specloop.bench.plant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plant's lots. The bulk lots of the four chains (A: the main 42SH source with mainLots, C: a second
 * 42SH maker, B and D: 38UH) are received ten minutes apart, interleaved the way deliveries from several
 * suppliers arrive, and ending an hour before now so that every measurement lies in the past. Probe lots
 * (chain A) are received too but measured only by the verdict probe while the load runs; the drift lot
 * (chain C) is received last.
 */
final class Plant {
    static final int PROBE_LOTS = 400;
    private static final Duration SPACING = Duration.ofMinutes(10);
    final List<PlantLot> bulk;
    final List<PlantLot> probes;
    final PlantLot driftLot;
    final int perLot;
    final int mainLots;

    Plant(PlantOptions options, Instant now) {
        mainLots = options.mainLots();
        int second = Math.max(120, mainLots / 8);
        int[] counts = {mainLots, second, mainLots / 8, mainLots / 8};
        List<Chain> chains = List.of(Chain.A, Chain.C, Chain.B, Chain.D);
        record Slot(Chain chain, int n, double position) {
        }
        List<Slot> slots = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            for (int n = 0; n < counts[c]; n++) {
                slots.add(new Slot(chains.get(c), n, (n + 0.5) / counts[c]));
            }
        }
        slots.sort(Comparator.comparingDouble(Slot::position));
        Instant first = now.minus(SPACING.multipliedBy(slots.size() + PROBE_LOTS + 40L));
        List<PlantLot> lots = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            String id = "LOT-%s-%05d".formatted(slot.chain().name(), slot.n());
            lots.add(PlantLot.of(id, slot.chain(), first.plus(SPACING.multipliedBy(i)), id.hashCode()));
        }
        bulk = List.copyOf(lots);
        List<PlantLot> probeLots = new ArrayList<>();
        Instant probeStart = first.plus(SPACING.multipliedBy(slots.size()));
        for (int p = 0; p < PROBE_LOTS; p++) {
            String id = "LOT-P-%04d".formatted(p);
            probeLots.add(PlantLot.of(id, Chain.A, probeStart.plus(SPACING.multipliedBy(p)), id.hashCode()));
        }
        probes = List.copyOf(probeLots);
        driftLot = PlantLot.centered("LOT-X-0001", Chain.C, now.minus(Duration.ofHours(3))).drifted(-0.011);
        // at least five samples at 20 degC per lot (the drift watch charts a lot from its fifth), an even count
        perLot = (int) Math.max(10, (options.measurements() / bulk.size()) & ~1L);
    }

    long bulkMeasurements() {
        return (long) bulk.size() * perLot;
    }

    long lotsOf(Chain.Part part) {
        return bulk.stream().filter(l -> l.chain().part() == part).count()
                + (part == Chain.Part.RTR_42SH ? probes.size() + 1 : 0);
    }

    List<PlantLot> lotsOf(Chain chain) {
        return bulk.stream().filter(l -> l.chain() == chain).toList();
    }
}
