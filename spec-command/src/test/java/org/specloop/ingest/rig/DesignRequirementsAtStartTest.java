package org.specloop.ingest.rig;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;
import org.specloop.command.motor.input.DesignRequirements;
import org.specloop.command.motor.input.DesignRequirements.RunRequirements;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.ingest.Source;
import org.specloop.ingest.StoredOffset;
import org.specloop.ingest.parse.RunControlParser;

/** A run is judged against its design's own IE class and demagnetization limit; the site's settings fill the gaps. */
class DesignRequirementsAtStartTest {
    private final List<StartMotorTestRun> started = new ArrayList<>();

    private RigIngestEngine engine(DesignRequirements designs) {
        return new RigIngestEngine(new RigStateStore() {
            @Override
            public Optional<RunState.Stored> load(String runId) {
                return Optional.empty();
            }

            @Override
            public void save(Collection<RunState.Stored> runs, Map<StoredOffset, Long> nextOffsets) {
            }
        }, new RunCommands() {
            @Override
            public void start(StartMotorTestRun command) {
                started.add(command);
            }

            @Override
            public void record(RecordOperatingPointResult command, String rigId) {
            }

            @Override
            public void complete(CompleteMotorTestRun command, String rigId) {
            }
        }, new RigIngestSettings(65_536, Duration.ofSeconds(30), 4, "IE3", 1.0, 1.0), EfficiencyClasses.withBundledTable(),
                designs);
    }

    private void start(RigIngestEngine engine, String design) {
        byte[] json = ("{\"type\":\"RunStarted\",\"messageId\":\"s\",\"runId\":\"R-1\",\"rigId\":\"RIG-1\","
                + "\"motorSerial\":\"SN\",\"motorDesign\":\"" + design + "\",\"ratedPowerKw\":11.0,\"poles\":4,"
                + "\"frequencyHz\":50.0,\"thermalClass\":\"155(F)\",\"shaftHeightMm\":132,\"mounting\":\"RIGID\","
                + "\"vibrationGrade\":\"A\",\"installedLots\":[\"LOT-1\"],\"startedAt\":\"2026-11-20T08:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8);
        engine.control(new RunControlParser(new org.specloop.command.kernel.PastInstants(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5))).parse(json), new Source("specloop.rig.runs", 0, 0, null, json), 0, d -> { });
    }

    @Test
    void theDesignsIeClassAndDemagnetizationLimitAreTheOnesTheRunIsJudgedBy() {
        start(engine(id -> Optional.of(new RunRequirements("IE4", 3.0))), "PUMP-M7");
        assertThat(started).singleElement().satisfies(s -> {
            assertThat(s.minimumIeClass()).isEqualTo("IE4");
            assertThat(s.maxDemagnetizationLossPercent()).isEqualTo(3.0);
        });
    }

    @Test
    void whatTheDesignLeavesOpenComesFromTheSitesSettings() {
        start(engine(id -> Optional.of(new RunRequirements(null, 2.5))), "PUMP-M7");
        assertThat(started).singleElement().satisfies(s -> {
            assertThat(s.minimumIeClass()).isEqualTo("IE3");
            assertThat(s.maxDemagnetizationLossPercent()).isEqualTo(2.5);
        });
    }
}
