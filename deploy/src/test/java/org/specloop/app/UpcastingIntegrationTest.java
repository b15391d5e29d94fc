package org.specloop.app;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An event stored by an old version of SpecLoop, as bytes in the table, still loads as today's record. */
@SpringBootTest
@ActiveProfiles("test")
class UpcastingIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    @Test
    void revisionOneMeasurementLoadsWithRenamedTemperatureAndDefaultMethod() {
        String v1Payload = """
                {"lotId":"LOT-OLD-1","partNumber":"PN-1","measurementId":"M-1","sampleId":"S-1",
                 "temperatureC":150.0,"lab":"Lab A","instrument":"HG-200",
                 "values":[{"characteristic":"HCJ","value":1201.5}],"measuredAt":"2025-03-01T10:00:00Z"}""";
        jdbc.update("INSERT INTO domain_event_entry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,"
                        + " payload, payloadRevision, payloadType, timeStamp) VALUES (?,?,?,?,?,?,?,?,?)",
                "LOT-OLD-1", 0, "MagnetLot", "evt-old-1", "{}".getBytes(StandardCharsets.UTF_8),
                v1Payload.getBytes(StandardCharsets.UTF_8), "1", MeasurementRecorded.class.getName(),
                "2025-03-01T10:00:00Z");

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents("LOT-OLD-1").asStream().toList();

        assertThat(events).hasSize(1);
        MeasurementRecorded measurement = (MeasurementRecorded) events.get(0).getPayload();
        assertThat(measurement.testTemperatureC()).isEqualTo(150.0);
        assertThat(measurement.method()).isEqualTo(MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5);
        assertThat(measurement.values()).singleElement()
                .satisfies(v -> assertThat(v.characteristic()).isEqualTo(Characteristic.HCJ));
    }
}
