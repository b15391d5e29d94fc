package org.specloop.ui.spc;

import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.Capabilities;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.loop.policy.ControlCharts;
import org.specloop.query.registry.SourceReadModel;
import org.specloop.query.shared.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Statistical process control of one source, part and characteristic, as the loop's drift watch
 * keeps it: the I-MR chart with the Phase I limits it froze and the rules that fired, the CUSUM and
 * EWMA it ran over Phase II, the X-bar/S view of the lots' samples, and Cp/Cpk/Pp/Ppk. Every number
 * comes from the services behind GET /api/loop/control-charts and /capability; a CUSUM or EWMA
 * switched off is absent from the chart's view.
 */
@Controller
class SpcPage {
    private final ControlCharts charts;
    private final Capabilities capability;
    private final SourceReadModel sources;
    private final Clock clock;

    public SpcPage(ControlCharts charts, Capabilities capability, SourceReadModel sources, Clock clock) {
        this.charts = charts;
        this.capability = capability;
        this.sources = sources;
        this.clock = clock;
    }

    @GetMapping("/ui/sources/{sourceId}/spc")
    public String page(@PathVariable String sourceId, @RequestParam(required = false) String characteristic,
                       @RequestParam(required = false) String partNumber, Model model) {
        List<String> parts = charts.partsOf(sourceId);
        if (parts.isEmpty()) {
            throw Requests.notFound("no lots of source '" + sourceId + "'");
        }
        String part = partNumber == null || partNumber.isBlank() ? parts.get(0) : partNumber;
        if (!parts.contains(part)) {
            throw Requests.notFound("source '" + sourceId + "' delivered no lot of part '" + part + "'");
        }
        List<Characteristic> watched = charts.watched();
        Characteristic shown = characteristic == null || characteristic.isBlank() ? watched.get(0)
                : Characteristic.parse(characteristic).orElseThrow(() -> Requests.badRequest(
                "unknown characteristic '" + characteristic + "'"));
        Optional<Capabilities.CapabilityView> cap = Optional.empty();
        String capabilityMissing = null;
        try {
            cap = Optional.of(capability.of(sourceId, part, shown));
        } catch (Capabilities.Unavailable none) {
            capabilityMissing = none.getMessage();
        }
        ControlChartFigures.SpecLimits spec = cap.map(c -> new ControlChartFigures.SpecLimits(c.lowerSpecLimit(),
                c.upperSpecLimit())).orElse(ControlChartFigures.SpecLimits.NONE);
        ControlChartView individuals = charts.view(sourceId, part, shown, ControlCharts.INDIVIDUALS).orElse(null);
        ControlChartView subgroups = charts.view(sourceId, part, shown, ControlCharts.XBAR_S).orElse(null);
        model.addAttribute("sourceId", sourceId);
        model.addAttribute("source", sources.one(sourceId, LocalDate.now(clock)).orElse(null));
        model.addAttribute("parts", parts);
        model.addAttribute("partNumber", part);
        model.addAttribute("characteristics", watched);
        model.addAttribute("characteristic", shown);
        model.addAttribute("individuals", individuals);
        model.addAttribute("individualCharts", individuals == null ? List.of() : ControlChartFigures.individuals(individuals, spec));
        model.addAttribute("subgroups", subgroups);
        model.addAttribute("subgroupCharts", subgroups == null ? List.of() : ControlChartFigures.subgroups(subgroups, spec));
        model.addAttribute("capability", cap.orElse(null));
        model.addAttribute("capabilityMissing", capabilityMissing);
        model.addAttribute("chartTemperature", Math.round(ControlCharts.CHART_TEMPERATURE_C));
        return "spc";
    }
}
