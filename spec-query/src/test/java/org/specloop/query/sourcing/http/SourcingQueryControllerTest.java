package org.specloop.query.sourcing.http;

import org.junit.jupiter.api.Test;
import org.specloop.query.FixedClock;
import org.specloop.query.sourcing.Disruption;
import org.specloop.query.sourcing.DisruptionReadModel;
import org.specloop.query.sourcing.QualificationReadModel;
import org.specloop.query.sourcing.RiskReadModel;
import org.specloop.query.sourcing.SourceRiskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = SourcingQueryController.class, properties = "spring.mvc.problemdetails.enabled=true")
@Import(FixedClock.class)
class SourcingQueryControllerTest {
    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private DisruptionReadModel disruptions;
    @MockitoBean
    private RiskReadModel risk;
    @MockitoBean
    private QualificationReadModel qualifications;

    @Test
    void a_country_at_a_tier_is_a_scenario() throws Exception {
        Disruption.Scenario scenario = new Disruption.Scenario(null, "CN", "SEPARATOR");
        when(disruptions.analyse(scenario)).thenReturn(new Disruption(scenario, List.of("SEP-CN-1"), List.of(), List.of(),
                List.of(), List.of(), List.of(new Disruption.SinglePoint("SPEC-1", "SEPARATOR"))));

        mvc.perform(get("/api/disruptions?country=cn&tier=separator"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unavailableSources[0]").value("SEP-CN-1"))
                .andExpect(jsonPath("$.singlePointsOfFailure[0].tier").value("SEPARATOR"));
    }

    @Test
    void a_scenario_names_a_source_or_a_country_not_both() throws Exception {
        mvc.perform(get("/api/disruptions?country=CN&sourceId=SEP-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("either sourceId, or country")));
        mvc.perform(get("/api/disruptions")).andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_tier_is_refused_naming_the_tiers() throws Exception {
        mvc.perform(get("/api/disruptions?country=CN&tier=smelter"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("SEPARATOR")));
    }

    @Test
    void the_risk_view_is_judged_as_of_today() throws Exception {
        when(risk.risk(LocalDate.parse("2026-02-01"))).thenReturn(new SourceRiskView(List.of(new SourceRiskView.SourceRisk(
                "SEP-1", "Sep", "SEPARATOR", "MY", 3, 1.0, List.of("SPEC-1"), 1, List.of())), List.of(), List.of()));

        mvc.perform(get("/api/sources/risk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sources[0].singleSourceFor[0]").value("SPEC-1"));
    }
}
