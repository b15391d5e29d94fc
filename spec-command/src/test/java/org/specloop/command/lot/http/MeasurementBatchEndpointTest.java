package org.specloop.command.lot.http;

import org.specloop.command.lot.input.MeasurementRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.infrastructure.web.ProblemResponses;
import org.specloop.contracts.lot.MeasurementEntry;
import org.specloop.contracts.lot.RecordMeasurements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebMvcTest(MeasurementBatchController.class)
@ContextConfiguration(classes = {MeasurementBatchController.class, ServerClock.class, ProblemResponses.class, CurrentActor.class})
class MeasurementBatchEndpointTest {
    private static final String LAB = "lab-rig-7";
    private static final String GOOD = """
            {"measurementId": "M-%d", "sampleId": "S%d", "testTemperature": {"value": 20, "unit": "degC"},
             "lab": "Lab A", "instrument": "HG-200", "method": "closed-circuit",
             "values": [{"characteristic": "HcJ", "value": 19.5, "unit": "kOe"}], "measuredAt": "2025-03-01T09:00:00Z"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandGateway commands;

    ResultActions post(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/lots/LOT-1/measurements/batch").header(CurrentActor.HEADER, LAB)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String good(int n) {
        return GOOD.formatted(n, n);
    }

    private RecordMeasurements sent() {
        ArgumentCaptor<RecordMeasurements> captor = ArgumentCaptor.forClass(RecordMeasurements.class);
        verify(commands).sendAndWait(captor.capture(), eq(MetaData.with(LotCommandController.ACTOR_METADATA, LAB)));
        return captor.getValue();
    }

    @Test
    void aBareArrayBecomesOneCommandWithCanonicalValues() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(2);

        post("[" + good(1) + "," + good(2) + "]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lotId").value("LOT-1"))
                .andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.recorded").value(2));

        RecordMeasurements command = sent();
        assertThat(command.lotId()).isEqualTo("LOT-1");
        assertThat(command.measurements()).extracting(MeasurementEntry::measurementId).containsExactly("M-1", "M-2");
        // 19.5 kOe x 79.577 = 1551.7515 kA/m
        assertThat(command.measurements().get(1).values().get(0).value()).isCloseTo(1551.7515, within(1e-9));
    }

    @Test
    void anObjectWithAMeasurementsListIsAcceptedToo() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(1);

        post("{\"measurements\": [" + good(1) + "]}").andExpect(status().isOk());

        assertThat(sent().measurements()).extracting(MeasurementEntry::sampleId).containsExactly("S1");
    }

    @Test
    void retriedMeasurementsAreCountedAsReceivedButNotRecorded() throws Exception {
        when(commands.sendAndWait(any(), any(MetaData.class))).thenReturn(0);

        post("[" + good(1) + "]")
                .andExpect(jsonPath("$.received").value(1))
                .andExpect(jsonPath("$.recorded").value(0));
    }

    @Test
    void everyBadFieldIsNamedWithTheEntryItBelongsTo() throws Exception {
        post("""
                [%s,
                 {"sampleId": "S2", "testTemperature": {"value": 20, "unit": "degC"}, "lab": "Lab A",
                  "instrument": "HG-200", "method": "closed-circuit",
                  "values": [{"characteristic": "HcJ", "value": 19.5, "unit": "kOersted"}],
                  "measuredAt": "2025-03-01T09:00:00Z"},
                 null,
                 {"testTemperature": {"value": 20, "unit": "Rankine"}, "lab": "Lab A", "instrument": "HG-200",
                  "method": "closed-circuit", "values": [{"characteristic": "Br", "value": 1.3, "unit": "T"}]}]"""
                .formatted(good(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("measurements[1].values[0].unit",
                        "measurements[2]", "measurements[3].sampleId", "measurements[3].testTemperature.unit",
                        "measurements[3].measuredAt")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void anEmptyBatchIsRefused() throws Exception {
        post("[]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("measurements")));
    }

    @Test
    void aBatchAboveTheLimitIsRefusedWhole() throws Exception {
        String many = String.join(",", Collections.nCopies(MeasurementRequests.MAX_BATCH + 1, good(1)));

        post("[" + many + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("measurements")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }
}
