package org.specloop.query.lot.http;

import org.specloop.contracts.lot.Disposition;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.query.lot.DispositionAsOf;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.lot.LotDeviation;
import org.specloop.query.lot.LotMeasurement;
import org.specloop.query.lot.LotMeasurements;
import org.specloop.query.lot.LotDispositionFold;
import org.specloop.query.lot.LotReadModel;
import org.specloop.query.lot.LotSummary;
import org.specloop.query.lot.LotView;
import org.specloop.query.shared.EventStreamReader;
import org.specloop.query.shared.HistoryEntry;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.specloop.query.shared.TimedEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Read-only views of magnet lots: lists, one lot, its measurements, its history and its disposition at an instant. */
@RestController
@RequestMapping("/api/lots")
class LotQueryController {
    private final LotReadModel lots;
    private final LotMeasurements measurements;
    private final ObjectHistory history;
    private final EventStreamReader events;
    private final Clock clock;

    public LotQueryController(LotReadModel lots, LotMeasurements measurements, ObjectHistory history,
                              EventStreamReader events, Clock clock) {
        this.lots = lots;
        this.measurements = measurements;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping
    public Page<LotSummary> list(@RequestParam(required = false) String partNumber,
                                 @RequestParam(required = false) String disposition,
                                 @RequestParam(required = false) String supplierId,
                                 @RequestParam(required = false) String page,
                                 @RequestParam(required = false) String size,
                                 @RequestParam(required = false) String sort) {
        PageQuery query = PageQuery.parse(page, size, sort, LotReadModel.SORTABLE, "receivedAt,desc");
        return lots.find(Requests.textFilter(partNumber), Requests.enumFilter("disposition", disposition, Disposition.class),
                Requests.textFilter(supplierId), query);
    }

    @GetMapping("/{id}")
    public LotView one(@PathVariable String id) {
        return lots.one(id).orElseThrow(() -> unknown(id));
    }

    @GetMapping("/{id}/deviations/{deviationId}")
    public LotDeviation deviation(@PathVariable String id, @PathVariable String deviationId) {
        return lots.deviation(id, deviationId).orElseThrow(() -> Requests.notFound("lot '" + id + "' has no deviation '"
                + deviationId + "'"));
    }

    /** Every measured property of the lot's samples, in canonical units; filter by sample, property and temperature. */
    @GetMapping("/{id}/measurements")
    public Page<LotMeasurement> measurements(@PathVariable String id,
                                             @RequestParam(required = false) String sampleId,
                                             @RequestParam(required = false) String characteristic,
                                             @RequestParam(required = false) String temperatureC,
                                             @RequestParam(required = false) String page,
                                             @RequestParam(required = false) String size,
                                             @RequestParam(required = false) String sort) {
        PageQuery query = PageQuery.parse(page, size, sort, LotMeasurements.SORTABLE, "measuredAt,asc");
        Characteristic property = characteristic(characteristic);
        Double temperature = Requests.number("temperatureC", temperatureC);
        if (!lots.exists(id)) {
            throw unknown(id);
        }
        return measurements.find(id, Requests.textFilter(sampleId), property, temperature, query);
    }

    @GetMapping("/{id}/history")
    public Page<HistoryEntry> history(@PathVariable String id, @RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size) {
        PageQuery query = PageQuery.unsorted(page, size);
        if (!lots.exists(id)) {
            throw unknown(id);
        }
        return history.page(LotReadModel.OBJECT_TYPE, id, query);
    }

    @GetMapping("/{id}/disposition")
    public DispositionAsOf disposition(@PathVariable String id, @RequestParam(required = false) String asOf) {
        Instant instant = Requests.instant("asOf", asOf, clock);
        List<TimedEvent> stream = events.read(id);
        if (stream.stream().noneMatch(e -> e.payload() instanceof MagnetLotReceived)) {
            throw unknown(id);
        }
        return LotDispositionFold.dispositionAt(stream, instant)
                .orElseThrow(() -> Requests.notFound("lot '" + id + "' had not been received by " + instant));
    }

    private static Characteristic characteristic(String text) {
        String given = Requests.textFilter(text);
        if (given == null) {
            return null;
        }
        return Characteristic.parse(given).orElseThrow(() -> Requests.badRequest("characteristic must be a magnet"
                + " property such as HcJ, Br, (BH)max, HcB, Hk, got '" + given + "'"));
    }

    private static RuntimeException unknown(String id) {
        return Requests.notFound("no lot '" + id + "'");
    }
}
