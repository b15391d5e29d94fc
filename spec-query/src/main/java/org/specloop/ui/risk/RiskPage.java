package org.specloop.ui.risk;

import org.specloop.contracts.source.Tier;
import org.specloop.query.shared.Requests;
import org.specloop.query.sourcing.Disruption;
import org.specloop.query.sourcing.DisruptionReadModel;
import org.specloop.query.sourcing.RiskReadModel;
import org.specloop.query.sourcing.SourceRiskView;
import org.specloop.ui.Display;
import org.specloop.ui.chart.SeriesChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Supply risk: country concentration per tier, the sources specs depend on alone, and a what-if that
 * takes a country (optionally one tier of it) or one source away and shows the specs, lots and designs
 * hit. Read from the models behind GET /api/sources/risk and GET /api/disruptions.
 */
@Controller
class RiskPage {
    private final RiskReadModel risk;
    private final DisruptionReadModel disruptions;
    private final Display display;
    private final Clock clock;

    public RiskPage(RiskReadModel risk, DisruptionReadModel disruptions, Display display, Clock clock) {
        this.risk = risk;
        this.disruptions = disruptions;
        this.display = display;
        this.clock = clock;
    }

    @GetMapping("/ui/risk")
    public String page(@RequestParam(required = false) String country, @RequestParam(required = false) String tier,
                       @RequestParam(required = false) String sourceId, Model model) {
        SourceRiskView view = risk.risk(LocalDate.now(clock));
        model.addAttribute("risk", view);
        List<SourceRiskView.TierConcentration> tiers = view.countryConcentration().stream()
                .sorted(Comparator.comparingInt(t -> Tier.valueOf(t.tier()).ordinal())).toList();
        model.addAttribute("tierConcentration", tiers);
        model.addAttribute("concentration", concentration(tiers, display));
        model.addAttribute("tiers", Arrays.stream(Tier.values()).map(Tier::name).toList());
        model.addAttribute("sourceIds", view.sources().stream().map(SourceRiskView.SourceRisk::sourceId).sorted().toList());
        model.addAttribute("country", country);
        model.addAttribute("tier", tier);
        model.addAttribute("sourceId", sourceId);
        Disruption.Scenario scenario = scenario(Requests.textFilter(sourceId), Requests.textFilter(country),
                Requests.enumFilter("tier", tier, Tier.class));
        model.addAttribute("whatIf", scenario == null ? null : disruptions.analyse(scenario));
        return "risk";
    }

    /** The same rules as GET /api/disruptions: a source, or a country narrowed to a tier if one is named. */
    private static Disruption.Scenario scenario(String source, String country, String tier) {
        if (source == null && country == null) {
            return null;
        }
        if (source != null && country != null) {
            throw Requests.badRequest("name either a source, or a country (with an optional tier), not both");
        }
        if (source != null && tier != null) {
            throw Requests.badRequest("a tier narrows a country scenario; a source has its own tier");
        }
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw Requests.badRequest("country must be an ISO 3166 alpha-2 code such as CN, got '" + country + "'");
        }
        return new Disruption.Scenario(source, country == null ? null : country.toUpperCase(Locale.ROOT), tier);
    }

    /**
     * Each tier's lots as shares per country, one stacked bar per tier from mine to magnet maker: the read
     * model's shares in percent.
     */
    static SeriesChart concentration(List<SourceRiskView.TierConcentration> tiers, Display display) {
        Set<String> countries = new LinkedHashSet<>();
        tiers.forEach(t -> t.countries().forEach(c -> countries.add(c.country())));
        List<String> categories = tiers.stream().map(t -> display.label(t.tier())).toList();
        SeriesChart chart = SeriesChart.of("concentration", "Lots per tier by country", "%", "tier", categories);
        for (String country : countries) {
            List<Double> shares = new ArrayList<>();
            for (SourceRiskView.TierConcentration t : tiers) {
                shares.add(t.countries().stream().filter(c -> c.country().equals(country)).findFirst()
                        .map(c -> c.share() * 100).orElse(null));
            }
            chart = chart.with(new SeriesChart.Series(country, "bar", false, shares, SeriesChart.none(categories.size())));
        }
        return chart.described("Share of each tier's lots by country of the source, " + tiers.size() + " tiers, "
                + countries.size() + " countries");
    }
}
