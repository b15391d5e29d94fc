package org.specloop.ui;

import org.specloop.contracts.lot.Disposition;
import org.specloop.query.genealogy.LotGenealogy;
import org.specloop.query.lot.LotMeasurement;
import org.specloop.query.lot.LotMeasurements;
import org.specloop.query.lot.LotReadModel;
import org.specloop.query.lot.LotView;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.motorresult.MotorResultReadModel;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Lots with their conformance and disposition. Filtering, sorting and paging happen in SQL with
 * the same whitelist as the API, so the page costs the same with ten lots or ten thousand. A lot's
 * page shows its genealogy: the declared chain with each source as the registry knows it today
 * ({@link LotGenealogy}, two queries whatever the chain's length), its samples and its motors.
 */
@Controller
class LotPages {
    /** Motor runs listed on a lot's page; the API pages through all of them. */
    static final int MOTOR_RUNS_SHOWN = 50;
    private final LotReadModel lots;
    private final LotMeasurements measurements;
    private final ObjectHistory history;
    private final MotorResultReadModel motorResults;
    private final LotGenealogy genealogy;
    private final Clock clock;

    public LotPages(LotReadModel lots, LotMeasurements measurements, ObjectHistory history,
                    MotorResultReadModel motorResults, LotGenealogy genealogy, Clock clock) {
        this.lots = lots;
        this.measurements = measurements;
        this.history = history;
        this.motorResults = motorResults;
        this.genealogy = genealogy;
        this.clock = clock;
    }

    @GetMapping("/ui/lots")
    public String list(@RequestParam(required = false) String partNumber, @RequestParam(required = false) String disposition,
                       @RequestParam(required = false) String supplierId, @RequestParam(required = false) String page,
                       @RequestParam(required = false) String size, @RequestParam(required = false) String sort,
                       Model model) {
        fill(model, partNumber, disposition, supplierId, page, size, sort);
        return "lots";
    }

    @GetMapping("/ui/lots/rows")
    public String rows(@RequestParam(required = false) String partNumber, @RequestParam(required = false) String disposition,
                       @RequestParam(required = false) String supplierId, @RequestParam(required = false) String page,
                       @RequestParam(required = false) String size, @RequestParam(required = false) String sort,
                       Model model) {
        fill(model, partNumber, disposition, supplierId, page, size, sort);
        return "lots :: table";
    }

    @GetMapping("/ui/lots/{id}")
    public String one(@PathVariable String id, Model model) {
        LotView lot = lots.one(id).orElseThrow(() -> Requests.notFound("no lot '" + id + "'"));
        model.addAttribute("lot", lot);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("today", today);
        model.addAttribute("chain", genealogy.of(lot.declaredChain(), lot.lot().partNumber(), today));
        model.addAttribute("history", history.page(LotReadModel.OBJECT_TYPE, id, new PageQuery(0, 200, "natural", false)));
        model.addAttribute("motorRuns", motorResults.byLot(id, PageQuery.parse("0", String.valueOf(MOTOR_RUNS_SHOWN),
                "runId", MotorResultReadModel.SORTABLE, "runId")));
        Page<LotMeasurement> measured = measurements.find(id, null, null, null,
                new PageQuery(0, PageQuery.MAX_SIZE, "measured_at", false));
        model.addAttribute("measurements", MeasurementGrid.of(measured.items(), measured.total()));
        return "lot";
    }

    private void fill(Model model, String partNumber, String disposition, String supplierId, String page, String size,
                      String sort) {
        String sortOrDefault = sort == null || sort.isBlank() ? "receivedAt,desc" : sort;
        PageQuery query = PageQuery.parse(page, size, sortOrDefault, LotReadModel.SORTABLE, "receivedAt,desc");
        model.addAttribute("result", lots.find(Requests.textFilter(partNumber),
                Requests.enumFilter("disposition", disposition, Disposition.class), Requests.textFilter(supplierId), query));
        model.addAttribute("filter", new LotFilter(Requests.textFilter(partNumber), Requests.textFilter(disposition),
                Requests.textFilter(supplierId), sortOrDefault, query.size()));
        model.addAttribute("dispositions", Arrays.stream(Disposition.values()).map(Enum::name).toList());
    }

    /** The list's current filter and order, echoed into the form and the sort and page links. */
    public record LotFilter(String partNumber, String disposition, String supplierId, String sort, int size) {
        public String sortBy(String field) {
            boolean descending = sort.equals(field + ",desc");
            return sort.startsWith(field + ",") || sort.equals(field) ? field + (descending ? ",asc" : ",desc") : field + ",asc";
        }

        public String ariaSort(String field) {
            if (!sort.startsWith(field)) {
                return "none";
            }
            return sort.endsWith(",desc") ? "descending" : "ascending";
        }
    }
}
