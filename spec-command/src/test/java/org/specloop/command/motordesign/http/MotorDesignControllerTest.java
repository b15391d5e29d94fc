package org.specloop.command.motordesign.http;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.infrastructure.web.ProblemResponses;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.ReviseMotorDesignRequirements;
import org.specloop.contracts.rig.ThermalClass;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

@WebMvcTest(MotorDesignController.class)
@ContextConfiguration(classes = {MotorDesignController.class, ProblemResponses.class, CurrentActor.class})
class MotorDesignControllerTest {
    private static final String DEFINE = """
            {"designId": "TM-150", "name": "Traction motor 150 kW",
             "requirements": {"specificationId": "SPEC-42SH", "keMinVsPerRad": 1.17,
               "hotTestTemperature": {"value": 302, "unit": "degF"}, "thermalClass": "155(F)"}}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway gateway;

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).header(CurrentActor.HEADER, "eng.carol").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void definingConvertsTheHotTestTemperatureAndDefaultsTheConfidence() throws Exception {
        postJson("/api/motor-designs", DEFINE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/motor-designs/TM-150"));
        ArgumentCaptor<DefineMotorDesign> sent = ArgumentCaptor.forClass(DefineMotorDesign.class);
        verify(gateway).sendAndWait(sent.capture());
        assertThat(sent.getValue().requirements().hotTestTemperatureC()).isCloseTo(150.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(sent.getValue().requirements().confidence()).isEqualTo(0.95);
        assertThat(sent.getValue().requirements().thermalClass()).isEqualTo(ThermalClass.F);
        assertThat(sent.getValue().author()).isEqualTo("eng.carol");
    }

    @Test
    void badFieldsAreListedByPath() throws Exception {
        postJson("/api/motor-designs", """
                {"designId": "TM 150", "requirements": {"thermalClass": "Z", "confidence": 1.0}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("designId", "name",
                        "requirements.specificationId", "requirements.hotTestTemperature", "requirements.thermalClass",
                        "requirements.confidence")));
        verifyNoInteractions(gateway);
    }

    @Test
    void keIsAcceptedInVoltsPerThousandRpmAndStoredInVoltSecondsPerRadian() throws Exception {
        postJson("/api/motor-designs", """
                {"designId": "TM-150", "name": "Traction motor 150 kW",
                 "requirements": {"specificationId": "SPEC-42SH", "keMin": {"value": 122.5, "unit": "V/krpm"},
                   "keMax": {"value": 1.25, "unit": "V*s/rad"}, "hotTestTemperature": {"value": 150, "unit": "degC"}}}""")
                .andExpect(status().isCreated());
        ArgumentCaptor<DefineMotorDesign> sent = ArgumentCaptor.forClass(DefineMotorDesign.class);
        verify(gateway).sendAndWait(sent.capture());
        // 122.5 V per 1000 rpm = 122.5 / (1000 * 2 pi / 60) V*s/rad
        assertThat(sent.getValue().requirements().keMinVsPerRad()).isCloseTo(1.169788832, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(sent.getValue().requirements().keMaxVsPerRad()).isEqualTo(1.25);
    }

    @Test
    void keInAnotherUnitOrWithoutOneIsRefusedNamingTheUnitsAccepted() throws Exception {
        postJson("/api/motor-designs", """
                {"designId": "TM-150", "name": "Traction motor 150 kW",
                 "requirements": {"specificationId": "SPEC-42SH", "keMin": {"value": 122.5, "unit": "V"},
                   "keMax": {"value": 1.25}, "hotTestTemperature": {"value": 150, "unit": "degC"}}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("requirements.keMin", "requirements.keMax")))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("V/krpm")));
        verifyNoInteractions(gateway);
    }

    @Test
    void revisingReturnsTheNewVersion() throws Exception {
        when(gateway.sendAndWait(any(ReviseMotorDesignRequirements.class))).thenReturn(2);
        postJson("/api/motor-designs/TM-150/requirements", """
                {"reason": "more torque", "requirements": {"specificationId": "SPEC-42SH", "keMinVsPerRad": 1.18,
                 "hotTestTemperature": {"value": 150}}}""")
                .andExpect(status().isOk())
                .andExpect(header().string("Location", "/api/motor-designs/TM-150/versions/2"))
                .andExpect(jsonPath("$.version").value(2));
    }
}
