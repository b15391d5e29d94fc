package org.specloop.query.lot.http;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.query.FixedClock;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.lot.LotMeasurement;
import org.specloop.query.lot.LotMeasurements;
import org.specloop.query.lot.LotReadModel;
import org.specloop.query.lot.MeasuredValue;
import org.specloop.query.lot.LotSummary;
import org.specloop.query.shared.EventStreamReader;
import org.specloop.query.shared.HistoryEntry;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.TimedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.specloop.query.Fixtures.at;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = LotQueryController.class, properties = "spring.mvc.problemdetails.enabled=true")
@Import(FixedClock.class)
class LotQueryControllerTest {
    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private LotReadModel lots;
    @MockitoBean
    private ObjectHistory history;
    @MockitoBean
    private EventStreamReader events;
    @MockitoBean
    private LotMeasurements measurements;

    @Test
    void lists_lots_filtered_by_disposition_newest_first() throws Exception {
        when(lots.find(eq(null), eq("HELD"), eq(null), eq(new PageQuery(0, 20, "received_at", true))))
                .thenReturn(new Page<>(List.of(new LotSummary("L-1", "SUP-1", "P-100", "42SH", 500L, "SEGREGATED", at(0),
                        "HELD", null, null, null, 0)), 0, 20, 1));

        mvc.perform(get("/api/lots").param("disposition", "held").param("sort", "receivedAt,desc"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].lotId").value("L-1"))
                .andExpect(jsonPath("$.items[0].disposition").value("HELD"));
    }

    @Test
    void an_unknown_disposition_filter_is_a_400_problem() throws Exception {
        mvc.perform(get("/api/lots").param("disposition", "LOST"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_sort_outside_the_whitelist_is_a_400() throws Exception {
        mvc.perform(get("/api/lots").param("sort", "chain_json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void an_unknown_deviation_is_a_404_problem() throws Exception {
        when(lots.deviation("L-1", "DEV-9")).thenReturn(Optional.empty());

        mvc.perform(get("/api/lots/L-1/deviations/DEV-9"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("lot 'L-1' has no deviation 'DEV-9'"));
    }

    @Test
    void an_unknown_lot_is_a_404_problem() throws Exception {
        when(lots.one("L-9")).thenReturn(Optional.empty());

        mvc.perform(get("/api/lots/L-9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no lot 'L-9'"));
    }

    @Test
    void measurements_are_filtered_by_property_symbol_and_temperature() throws Exception {
        when(lots.exists("L-1")).thenReturn(true);
        when(measurements.find(eq("L-1"), eq("S1"), eq(Characteristic.BH_MAX), eq(20.0), any(PageQuery.class)))
                .thenReturn(new Page<>(List.of(new LotMeasurement("M-1", "S1", 20.0, "QC", "HG-200",
                        "CLOSED_CIRCUIT_IEC_60404_5", at(1), List.of(MeasuredValue.of(Characteristic.BH_MAX, 330.0)))),
                        0, 20, 1));

        mvc.perform(get("/api/lots/L-1/measurements").param("sampleId", "S1").param("characteristic", "(BH)max")
                        .param("temperatureC", "20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].values[0].symbol").value("(BH)max"))
                .andExpect(jsonPath("$.items[0].values[0].unit").value("kJ/m3"));
        mvc.perform(get("/api/lots/L-1/measurements").param("characteristic", "Coolness"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("'Coolness'")));
    }

    @Test
    void the_history_of_a_lot_is_paged() throws Exception {
        when(lots.exists("L-1")).thenReturn(true);
        when(history.page(eq("lot"), eq("L-1"), any(PageQuery.class))).thenReturn(new Page<>(List.of(
                new HistoryEntry("lot", "L-1", "LotHeld", "qe", at(1), "held (MANUAL): check")), 0, 20, 1));

        mvc.perform(get("/api/lots/L-1/history"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].actor").value("qe"))
                .andExpect(jsonPath("$.items[0].summary").value("held (MANUAL): check"));
    }

    @Test
    void the_disposition_as_of_an_instant_is_folded_from_the_lot_events() throws Exception {
        when(events.read("L-1")).thenReturn(List.of(
                new TimedEvent(at(0), new MagnetLotReceived("L-1", "SUP-1", "P-100", "42SH", 500,
                        new DeclaredChain(List.of(), CustodyModel.SEGREGATED), List.of(), at(0))),
                new TimedEvent(at(5), new LotHeld("L-1", HoldCategory.SOURCE_CHANGE, "new separator", "system", at(5)))));

        mvc.perform(get("/api/lots/L-1/disposition").param("asOf", at(6).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disposition").value("HELD"))
                .andExpect(jsonPath("$.holds[0].reason").value("new separator"));
    }

    @Test
    void the_disposition_of_an_unknown_lot_is_a_404() throws Exception {
        when(events.read("L-9")).thenReturn(List.of());

        mvc.perform(get("/api/lots/L-9/disposition"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no lot 'L-9'"));
    }
}
