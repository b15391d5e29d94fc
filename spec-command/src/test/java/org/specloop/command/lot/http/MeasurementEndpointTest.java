package org.specloop.command.lot.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.infrastructure.web.ProblemResponses;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(LotCommandController.class)
@ContextConfiguration(classes = {LotCommandController.class, ServerClock.class, ProblemResponses.class, CurrentActor.class})
class MeasurementEndpointTest {
    private static final String LAB = "lab-rig-7";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandGateway commands;

    ResultActions measure(String json) throws Exception {
        return mvc.perform(post("/api/lots/LOT-1/measurements").header(CurrentActor.HEADER, LAB)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void valuesInOtherUnitsReachTheCommandInCanonicalUnits() throws Exception {
        measure("""
                {"measurementId": "M-1", "sampleId": "S1", "testTemperature": {"value": 293.15, "unit": "K"},
                 "lab": "Lab A", "instrument": "HG-200", "method": "closed-circuit",
                 "values": [{"characteristic": "HcJ", "value": 19.5, "unit": "kOe"},
                            {"characteristic": "Br", "value": 13.1, "unit": "kG"},
                            {"characteristic": "BHmax", "value": 42, "unit": "MGOe"},
                            {"characteristic": "Hk/HcJ", "value": 0.95}],
                 "measuredAt": "2025-03-01T09:00:00Z"}""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/lots/LOT-1/measurements/M-1"));

        ArgumentCaptor<RecordMeasurement> captor = ArgumentCaptor.forClass(RecordMeasurement.class);
        verify(commands).sendAndWait(captor.capture(), eq(MetaData.with(LotCommandController.ACTOR_METADATA, LAB)));
        RecordMeasurement command = captor.getValue();
        assertThat(command.testTemperatureC()).isCloseTo(20.0, within(1e-9));
        assertThat(command.method()).isEqualTo(MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5);
        assertThat(command.values()).extracting(PropertyValue::characteristic).containsExactly(Characteristic.HCJ,
                Characteristic.BR, Characteristic.BH_MAX, Characteristic.SQUARENESS);
        // 19.5 kOe x 79.577 = 1551.7515 kA/m; 13.1 kG x 0.1 = 1.31 T; 42 MGOe x 7.958 = 334.236 kJ/m3
        assertThat(command.values()).extracting(PropertyValue::value).satisfiesExactly(
                v -> assertThat(v).isCloseTo(1551.7515, within(1e-9)),
                v -> assertThat(v).isCloseTo(1.31, within(1e-12)),
                v -> assertThat(v).isCloseTo(334.236, within(1e-9)),
                v -> assertThat(v).isEqualTo(0.95));
    }

    @Test
    void everyBadValueIsRefusedWithItsJsonPath() throws Exception {
        measure("""
                {"sampleId": "S1", "testTemperature": {"value": 500, "unit": "degC"},
                 "lab": "Lab A", "instrument": "HG-200", "method": "IEC 60404-5",
                 "values": [{"characteristic": "Coercivity-ish", "value": 1, "unit": "kA/m"},
                            {"characteristic": "HcJ", "value": 19.5, "unit": "kOersted"},
                            {"characteristic": "Br", "value": "NaN", "unit": "T"},
                            {"characteristic": "HcB", "value": 500, "unit": "kOe"},
                            {"characteristic": "BHmax", "value": 42, "unit": "kOe"},
                            {"characteristic": "density", "value": 7.55}],
                 "measuredAt": "2025-03-01T09:00:00Z"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:specloop:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("testTemperature.value",
                        "values[0].characteristic", "values[1].unit", "values[2].value", "values[3].value",
                        "values[4].unit", "values[5].unit")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void anUnknownTemperatureUnitIsNamed() throws Exception {
        measure("""
                {"sampleId": "S1", "testTemperature": {"value": 20, "unit": "Rankine"},
                 "lab": "Lab A", "instrument": "HG-200", "method": "open-circuit",
                 "values": [{"characteristic": "HcJ", "value": 2500, "unit": "kA/m"}],
                 "measuredAt": "2025-03-01T09:00:00Z"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("testTemperature.unit")));
    }

    @Test
    void aMeasurementNeedsItsSampleLabInstrumentMethodTemperatureValuesAndTime() throws Exception {
        measure("{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("sampleId", "lab", "instrument",
                        "method", "testTemperature", "values", "measuredAt")));
    }

    @Test
    void aMeasurementWithoutTimeIsRefusedRatherThanStampedWithTheServerClock() throws Exception {
        measure("""
                {"measurementId": "M-9", "sampleId": "S1", "testTemperature": {"value": 20, "unit": "degC"},
                 "lab": "Lab A", "instrument": "HG-200", "method": "closed-circuit",
                 "values": [{"characteristic": "HcJ", "value": 1600, "unit": "kA/m"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("measuredAt")))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("is required")));

        verify(commands, never()).sendAndWait(any(), any(MetaData.class));
    }

    @Test
    void theSamePropertyTwiceInOneMeasurementIsRefused() throws Exception {
        measure("""
                {"sampleId": "S1", "testTemperature": {"value": 20, "unit": "degC"},
                 "lab": "Lab A", "instrument": "HG-200", "method": "CLOSED_CIRCUIT_IEC_60404_5",
                 "values": [{"characteristic": "HcJ", "value": 1600, "unit": "kA/m"},
                            {"characteristic": "HCJ", "value": 1610, "unit": "kA/m"}],
                 "measuredAt": "2025-03-01T09:00:00Z"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("values[1].characteristic")));
    }
}
