package org.specloop.loop.policy;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.LotTable.LotPlace;
import org.specloop.loop.policy.LotTable.LotPoint;
import org.specloop.loop.policy.LotTable.StatRow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Comparator<LotPoint> RECEIPT_ORDER = Comparator.comparing(LotPoint::receivedAt)
            .thenComparingLong(LotPoint::seq).thenComparing(LotPoint::lotId);
    private final LotTable lots;
    private final Map<Key, Points> charts = new HashMap<>();

    private record Key(String sourceId, String partNumber, Characteristic characteristic, int temperatureC) {
    }

    /**
     * A chart's lots in receipt order, the newest stamp it read, and the reset version it was read after. A list with
     * each lot's index: a lot's new samples replace its point in place and a new lot usually comes last, so a check
     * copies an array instead of walking a tree (a tree's copy was a quarter of the check's CPU at 10,000 lots).
     */
    private static final class Points {
        private final long resetVersion;
        private long lastChangeNo;
        private final List<LotPoint> inReceiptOrder = new ArrayList<>();
        private final Map<String, Integer> indexOfLot = new HashMap<>();

        private Points(long resetVersion) {
            this.resetVersion = resetVersion;
        }

        private void put(LotPlace place, StatRow row) {
            LotPoint point = place.point(row);
            lastChangeNo = Math.max(lastChangeNo, row.changeNo());
            Integer at = indexOfLot.get(point.lotId());
            if (at != null) {
                inReceiptOrder.set(at, point);
                return;
            }
            int last = inReceiptOrder.size() - 1;
            if (last < 0 || RECEIPT_ORDER.compare(inReceiptOrder.get(last), point) < 0) {
                indexOfLot.put(point.lotId(), inReceiptOrder.size());
                inReceiptOrder.add(point);
                return;
            }
            // received late with an earlier receipt: the lots after it move up one
            int insertAt = -Collections.binarySearch(inReceiptOrder, point, RECEIPT_ORDER) - 1;
            inReceiptOrder.add(insertAt, point);
            for (int i = insertAt; i < inReceiptOrder.size(); i++) {
                indexOfLot.put(inReceiptOrder.get(i).lotId(), i);
            }
        }

        private boolean holds(String lotId) {
            return indexOfLot.containsKey(lotId);
        }

        private LotPlace placeOf(String lotId, Key key) {
            LotPoint point = inReceiptOrder.get(indexOfLot.get(lotId));
            return new LotPlace(lotId, key.sourceId(), key.partNumber(), point.receivedAt(), point.seq());
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
            points = load(key, resetVersion);
            charts.put(key, points);
        } else {
            update(key, points);
        }
        int min = Math.max(1, minSamples);
        List<LotPoint> charted = new ArrayList<>(points.inReceiptOrder.size());
        for (LotPoint point : points.inReceiptOrder) {
            if (point.count() >= min) {
                charted.add(point);
            }
        }
        return charted;
    }

    private Points load(Key key, long resetVersion) {
        Points points = new Points(resetVersion);
        // in receipt order, so each point is appended
        lots.chartRows(key.sourceId(), key.partNumber(), key.characteristic(), key.temperatureC()).forEach(points::put);
        return points;
    }

    private void update(Key key, Points points) {
        List<StatRow> changed = lots.statsChangedSince(key.characteristic(), key.temperatureC(), points.lastChangeNo);
        if (changed.isEmpty()) {
            return;
        }
        // rows of other charts come along (the stamps are global): their lots are looked up and passed over
        Set<String> unknown = changed.stream().map(StatRow::lotId).filter(lot -> !points.holds(lot))
                .collect(Collectors.toSet());
        Map<String, LotPlace> places = unknown.isEmpty() ? Map.of() : lots.places(unknown);
        long newest = points.lastChangeNo;
        for (StatRow row : changed) {
            LotPlace place = points.holds(row.lotId()) ? points.placeOf(row.lotId(), key) : places.get(row.lotId());
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
