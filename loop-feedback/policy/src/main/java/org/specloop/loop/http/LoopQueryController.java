package org.specloop.loop.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.Capabilities;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.loop.policy.ControlCharts;
import org.specloop.loop.policy.Json;
import org.specloop.loop.policy.LoopViews;
import org.specloop.loop.policy.LotTable;
import org.specloop.loop.policy.ProposalTable;
import org.specloop.loop.policy.SpecTable;
import org.specloop.loop.policy.TransferFunctionView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read API of the loop: control charts, capability, transfer functions and the loop's proposals. */
@RestController
@RequestMapping("/api/loop")
class LoopQueryController {
    /** The newest lots a control chart shows unless asked for more: what a chart screen shows, not 10,000 points. */
    static final String DEFAULT_LAST_LOTS = "500";
    /** The newest rig runs a transfer function's scatter shows unless asked for more; the fit is over all of them. */
    static final String DEFAULT_LAST_RUNS = "500";
    private final LoopViews views;
    private final Capabilities capability;
    private final LotTable lots;
    private final SpecTable specs;
    private final ProposalTable proposals;
    private final ObjectMapper json;

    public LoopQueryController(LoopViews views, Capabilities capability, LotTable lots, SpecTable specs,
                               ProposalTable proposals, ObjectMapper json) {
        this.views = views;
        this.capability = capability;
        this.lots = lots;
        this.specs = specs;
        this.proposals = proposals;
        this.json = json;
    }

    /**
     * chart=I_MR (lot means, default) or XBAR_S (lot samples as subgroups); lastLots: how many of the newest lots the
     * answer shows (limits and phases are the whole chart's, totalPoints its number of lots).
     */
    @GetMapping("/control-charts")
    public ControlChartView controlChart(@RequestParam String sourceId, @RequestParam String characteristic,
                                         @RequestParam(required = false) String partNumber,
                                         @RequestParam(defaultValue = ControlCharts.INDIVIDUALS) String chart,
                                         @RequestParam(defaultValue = DEFAULT_LAST_LOTS) int lastLots) {
        if (!chart.equals(ControlCharts.INDIVIDUALS) && !chart.equals(ControlCharts.XBAR_S)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "chart must be I_MR or XBAR_S");
        }
        if (lastLots < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lastLots must be at least 1, not " + lastLots);
        }
        return views.controlChart(sourceId, part(sourceId, partNumber), characteristic(characteristic), chart)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no measured lots of " + sourceId))
                .lastLots(lastLots);
    }

    @GetMapping("/capability")
    public Capabilities.CapabilityView capability(@RequestParam String sourceId, @RequestParam String characteristic,
                                                  @RequestParam(required = false) String partNumber) {
        try {
            return capability.of(sourceId, part(sourceId, partNumber), characteristic(characteristic));
        } catch (Capabilities.Unavailable none) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, none.getMessage());
        }
    }

    /**
     * Of one design, or of every design built on one magnet specification (what a revision page shows); lastRuns: how
     * many of the newest rig runs each scatter shows (the fit, band, motors and lots are the whole relation's).
     */
    @GetMapping("/transfer-functions")
    public List<TransferFunctionView> transferFunctions(@RequestParam(required = false) String designId,
                                                        @RequestParam(required = false) String specificationId,
                                                        @RequestParam(required = false) String characteristic,
                                                        @RequestParam(defaultValue = DEFAULT_LAST_RUNS) int lastRuns) {
        if ((designId == null) == (specificationId == null)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "name either designId or specificationId");
        }
        if (lastRuns < 1) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lastRuns must be at least 1, not " + lastRuns);
        }
        List<TransferFunctionView> relations;
        if (designId != null) {
            SpecTable.Design design = specs.design(designId)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no motor design " + designId));
            relations = views.transferFunctions(design);
        } else {
            relations = views.transferFunctionsOfSpecification(specificationId);
        }
        String wanted = characteristic == null ? null : characteristic(characteristic).name();
        return relations.stream().filter(v -> wanted == null || v.characteristic().equals(wanted))
                .map(v -> v.lastRuns(lastRuns)).toList();
    }

    /** status=PROPOSED for the open ones; every loop proposal otherwise, newest first. */
    @GetMapping("/proposals")
    public List<Map<String, Object>> proposals(@RequestParam(required = false) String status) {
        return proposals.all(status).stream().map(this::view).toList();
    }

    @GetMapping("/proposals/{specificationId}")
    public Map<String, Object> proposalsOf(@PathVariable String specificationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("specificationId", specificationId);
        body.put("open", proposals.open(specificationId).map(this::view).orElse(null));
        body.put("lastEvaluation", proposals.state(specificationId).orElse(null));
        body.put("history", proposals.ofSpec(specificationId).stream().map(this::view).toList());
        return body;
    }

    private Map<String, Object> view(ProposalTable.Proposal p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("specificationId", p.specificationId());
        view.put("revision", p.revision());
        view.put("status", p.status());
        view.put("limitKey", p.limitKey());
        view.put("proposedLimit", p.proposedLimit());
        view.put("effectiveLimit", p.effectiveLimit());
        view.put("proposedAt", p.proposedAt());
        view.put("decidedAt", p.decidedAt());
        view.put("decidedBy", p.decidedBy());
        view.put("evidence", Json.tree(json, p.evidenceJson()));
        // every limit the proposal changes (the fields above name the first), each with its own evidence
        view.put("limits", proposals.limits(p).stream().map(l -> {
            Map<String, Object> limit = new LinkedHashMap<>();
            limit.put("limitKey", l.limitKey());
            limit.put("proposedLimit", l.proposedLimit());
            limit.put("effectiveLimit", l.effectiveLimit());
            limit.put("evidence", Json.tree(json, l.evidenceJson()));
            return limit;
        }).toList());
        return view;
    }

    private String part(String sourceId, String partNumber) {
        if (partNumber != null) {
            return partNumber;
        }
        List<String> parts = lots.partsOf(sourceId);
        if (parts.size() == 1) {
            return parts.get(0);
        }
        throw new ResponseStatusException(parts.isEmpty() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                parts.isEmpty() ? "no lots of source " + sourceId : "source " + sourceId + " makes " + parts
                        + "; name one with partNumber");
    }

    private static Characteristic characteristic(String text) {
        return Characteristic.parse(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                "unknown characteristic '" + text + "'"));
    }
}
