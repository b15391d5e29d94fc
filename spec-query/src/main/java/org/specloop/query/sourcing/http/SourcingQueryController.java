package org.specloop.query.sourcing.http;

import org.specloop.contracts.source.Tier;
import org.specloop.query.shared.Requests;
import org.specloop.query.sourcing.Disruption;
import org.specloop.query.sourcing.DisruptionReadModel;
import org.specloop.query.sourcing.QualificationReadModel;
import org.specloop.query.sourcing.RiskReadModel;
import org.specloop.query.sourcing.SourceRiskView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Disruption scenarios, concentration risk and qualification status of the supply base. */
@RestController
class SourcingQueryController {
    private final DisruptionReadModel disruptions;
    private final RiskReadModel risk;
    private final QualificationReadModel qualifications;
    private final Clock clock;

    public SourcingQueryController(DisruptionReadModel disruptions, RiskReadModel risk, QualificationReadModel qualifications,
                                   Clock clock) {
        this.disruptions = disruptions;
        this.risk = risk;
        this.qualifications = qualifications;
        this.clock = clock;
    }

    /** Either sourceId, or country with an optional tier. */
    @GetMapping("/api/disruptions")
    public Disruption disruption(@RequestParam(required = false) String sourceId,
                                 @RequestParam(required = false) String country,
                                 @RequestParam(required = false) String tier) {
        String source = Requests.textFilter(sourceId);
        String countryCode = Requests.textFilter(country);
        String tierName = Requests.enumFilter("tier", tier, Tier.class);
        if ((source == null) == (countryCode == null)) {
            throw Requests.badRequest("name either sourceId, or country (with an optional tier), e.g. ?country=CN&tier=SEPARATOR");
        }
        if (source != null && tierName != null) {
            throw Requests.badRequest("tier narrows a country scenario; a source has its own tier");
        }
        if (countryCode != null && !countryCode.matches("[A-Za-z]{2}")) {
            throw Requests.badRequest("country must be an ISO 3166 alpha-2 code such as CN, got '" + country + "'");
        }
        return disruptions.analyse(new Disruption.Scenario(source,
                countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT), tierName));
    }

    @GetMapping("/api/sources/risk")
    public SourceRiskView risk() {
        return risk.risk(LocalDate.now(clock));
    }

    @GetMapping("/api/sourcing/qualifications")
    public List<QualificationReadModel.QualificationView> qualifications(@RequestParam(required = false) String specificationId,
                                                                          @RequestParam(required = false) String sourceId) {
        return qualifications.of(Requests.textFilter(specificationId), Requests.textFilter(sourceId));
    }
}
