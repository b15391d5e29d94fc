package org.specloop.loop.policy;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.LotTable.LotPlace;
import org.specloop.loop.policy.LotTable.LotPoint;
import org.specloop.loop.policy.LotTable.StatRow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The points of the drift watch's charts (a source's lots of a part at one temperature, in receipt order), kept
 * between the loop's batches and brought up to date from the statistics rows written since the newest one it read
 * (loop_lot_stat.change_no, SampleWrites). Read whole for every chart a batch touched, a source of 10,000 lots cost
 * 47 ms of PostgreSQL per chart and held loop-feedback 80,000-120,000 events behind at the end of the plant's load;
 * brought up to date, a check reads the rows of the batch's lots.
 * <p>
 * The points may hold the current unit of work's own rows: a rollback forgets every chart, and so does a reset of
 * the loop's facts (read from LotTable#resetVersion on every use, so a reset on another node counts too). Rows are
 * stamped in commit order because one writer writes them (the loop's one segment, LoopSequencing); a node that
 * claims the segment after another reads that node's rows by their stamps like its own. The control charts of the
 * read API do not use it: they must not see a batch's rows before its commit, and keep their own cache (LoopViews).
 */
final class ChartPoints {
    private static final String ROLLBACK_WATCHED = ChartPoints.class.getName();
    private static final Comparator<LotPlace> RECEIPT_ORDER = Comparator.comparing(LotPlace::receivedAt)
            .thenComparingLong(LotPlace::seq).thenComparing(LotPlace::lotId);
    private final LotTable lots;
    private final Map<Key, Points> charts = new HashMap<>();

    private record Key(String sourceId, String partNumber, Characteristic characteristic, int temperatureC) {
    }

    /** A chart's lots in receipt order, the newest stamp it read, and the reset version it was read after. */
    private static final class Points {
        private final long resetVersion;
        private long lastChangeNo;
        private final TreeMap<LotPlace, LotPoint> inReceiptOrder = new TreeMap<>(RECEIPT_ORDER);
        private final Map<String, LotPlace> placeOfLot = new HashMap<>();

        private Points(long resetVersion) {
            this.resetVersion = resetVersion;
        }

        private void put(LotPlace place, StatRow row) {
            inReceiptOrder.put(place, place.point(row));
            placeOfLot.put(place.lotId(), place);
            lastChangeNo = Math.max(lastChangeNo, row.changeNo());
        }
    }

    ChartPoints(LotTable lots) {
        this.lots = lots;
    }

    /** The chart's lots with at least minSamples values at the temperature, in receipt order, as LotTable#means. */
    synchronized List<LotPoint> of(String sourceId, String partNumber, Characteristic characteristic, int temperatureC,
                                   int minSamples) {
        forgetOnRollback();
        Key key = new Key(sourceId, partNumber, characteristic, temperatureC);
        long resetVersion = lots.resetVersion();
        Points points = charts.get(key);
        if (points == null || points.resetVersion != resetVersion) {
            points = new Points(resetVersion);
            lots.chartRows(sourceId, partNumber, characteristic, temperatureC).forEach(points::put);
            charts.put(key, points);
        } else {
            update(key, points);
        }
        int min = Math.max(1, minSamples);
        return points.inReceiptOrder.values().stream().filter(p -> p.count() >= min).toList();
    }

    private void update(Key key, Points points) {
        List<StatRow> changed = lots.statsChangedSince(key.characteristic(), key.temperatureC(), points.lastChangeNo);
        if (changed.isEmpty()) {
            return;
        }
        // rows of other charts come along (the stamps are global): their lots are looked up and passed over
        Set<String> unknown = changed.stream().map(StatRow::lotId).filter(lot -> !points.placeOfLot.containsKey(lot))
                .collect(Collectors.toSet());
        Map<String, LotPlace> places = unknown.isEmpty() ? Map.of() : lots.places(unknown);
        long newest = points.lastChangeNo;
        for (StatRow row : changed) {
            LotPlace place = points.placeOfLot.getOrDefault(row.lotId(), places.get(row.lotId()));
            if (place != null && place.sourceId().equals(key.sourceId()) && place.partNumber().equals(key.partNumber())) {
                points.put(place, row);
            }
            newest = Math.max(newest, row.changeNo());
        }
        points.lastChangeNo = newest;
    }

    private void forgetOnRollback() {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            root.getOrComputeResource(ROLLBACK_WATCHED, k -> {
                root.onRollback(u -> forgetAll());
                return Boolean.TRUE;
            });
        }
    }

    synchronized void forgetAll() {
        charts.clear();
    }
}
