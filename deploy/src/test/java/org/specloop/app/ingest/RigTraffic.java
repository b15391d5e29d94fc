package org.specloop.app.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rig messages as a test rig would send them: a run with one loaded and one no-load point. */
final class RigTraffic {

    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    static final String SPEC = "SPEC-RIG-38UH";
    static final String MAGNET_PART = "RTR-MAG-RIG-38UH";
    static final String DESIGN = "PMSM-11K-4P";
    static final List<String> LOTS = List.of("LOT-1", "LOT-2");

    private RigTraffic() {
    }

    /** A POST as a quality engineer; answers the status. */
    @FunctionalInterface
    interface Poster {
        int post(String path, String json) throws Exception;
    }

    /**
     * What a plant has before it tests motors, and what every run of this traffic declares: the magnet
     * specification, design PMSM-11K-4P built on it, and lots LOT-1 and LOT-2 of its part. Created through
     * the public API; 409 (already there, from another test on the same database) is as good as 201.
     */
    static void prerequisites(Poster asQualityEngineer) throws Exception {
        expectCreated(asQualityEngineer.post("/api/specifications", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "38UH", "title": "Rotor magnet, rig tests",
                 "characteristics": [{"characteristic": "Br", "min": {"value": 1.2, "unit": "T"},
                                      "testTemperature": {"value": 20, "unit": "degC"}}],
                 "maxWorkingTemperature": {"value": 180, "unit": "degC"}}""".formatted(SPEC, MAGNET_PART)), SPEC);
        expectCreated(asQualityEngineer.post("/api/motor-designs", """
                {"designId": "%s", "name": "11 kW 4-pole PMSM", "requirements": {"specificationId": "%s",
                 "hotTestTemperature": {"value": 150, "unit": "degC"}, "thermalClass": "F"}}""".formatted(DESIGN, SPEC)),
                DESIGN);
        for (String lot : LOTS) {
            lot(asQualityEngineer, lot, MAGNET_PART);
        }
    }

    static void lot(Poster asQualityEngineer, String lotId, String partNumber) throws Exception {
        expectCreated(asQualityEngineer.post("/api/lots", """
                {"lotId": "%s", "supplierId": "MAG-RIG", "partNumber": "%s", "grade": "38UH", "quantity": 100,
                 "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "%s"}"""
                .formatted(lotId, partNumber, Instant.now())), lotId);
    }

    private static void expectCreated(int status, String what) {
        if (status != 201 && status != 409) {
            throw new AssertionError(what + " could not be created: HTTP " + status);
        }
    }

    /** A RunStarted of the design with other installed lots. */
    static String runStarted(String runId, List<String> lots) {
        return runStarted(runId).replace("\"installedLots\":[\"LOT-1\",\"LOT-2\"]",
                "\"installedLots\":[" + String.join(",", lots.stream().map(l -> "\"" + l + "\"").toList()) + "]");
    }

    static String runStarted(String runId) {
        return """
                {"type":"RunStarted","messageId":"%s-start","runId":"%s","rigId":"RIG-7","motorSerial":"SN-%s",\
                "motorDesign":"PMSM-11K-4P","ratedPowerKw":11.0,"poles":4,"frequencyHz":50.0,"thermalClass":"155(F)",\
                "shaftHeightMm":132,"mounting":"RIGID","vibrationGrade":"A","installedLots":["LOT-1","LOT-2"],\
                "startedAt":"2026-11-20T08:00:00Z"}""".formatted(runId, runId, runId);
    }

    static String pointChanged(String runId, String pointId, String kind, double speedPercent, double torquePercent) {
        return String.format(Locale.ROOT, """
                {"type":"OperatingPointChanged","messageId":"%s-%s","runId":"%s","pointId":"%s","kind":"%s",\
                "speedPercent":%.1f,"torquePercent":%.1f,"at":"2026-11-20T08:01:00Z"}""",
                runId, pointId, runId, pointId, kind, speedPercent, torquePercent);
    }

    static String runFinished(String runId) {
        return """
                {"type":"RunFinished","messageId":"%s-finish","runId":"%s","at":"2026-11-20T09:00:00Z"}"""
                .formatted(runId, runId);
    }

    /** A rated-load sample: 1500 rpm, 70 N*m, 11.8 kW in, winding 110 degC over 40 degC coolant. */
    static String loadSample(String runId, String pointId, long sequence) {
        return String.format(Locale.ROOT, "{\"messageId\":\"%s/%d\",\"runId\":\"%s\",\"pointId\":\"%s\",\"sequence\":%d,"
                        + "\"time\":\"%s\",\"speedRpm\":1500.0,\"torqueNm\":70.0,\"inputPowerW\":11800.0,"
                        + "\"windingTemperatureC\":110.0,\"coolantTemperatureC\":40.0,\"vibrationVelocityMmS\":0.9}",
                runId, sequence, runId, pointId, sequence, T0.plusMillis(100 * sequence));
    }

    /** An open-circuit sample: 1500 rpm, no torque, 400 V line-to-line back-EMF. */
    static String noLoadSample(String runId, String pointId, long sequence) {
        return String.format(Locale.ROOT, "{\"messageId\":\"%s/%d\",\"runId\":\"%s\",\"pointId\":\"%s\",\"sequence\":%d,"
                        + "\"time\":\"%s\",\"speedRpm\":1500.0,\"torqueNm\":0.0,\"backEmfLineVoltageRmsV\":400.0,"
                        + "\"windingTemperatureC\":60.0,\"coolantTemperatureC\":40.0,\"vibrationVelocityMmS\":0.5}",
                runId, sequence, runId, pointId, sequence, T0.plusMillis(100 * sequence));
    }

    /** loadCount samples at P1 (rated load), then noLoadCount at P2 (no load), sequences from 0. */
    static List<String> samples(String runId, int loadCount, int noLoadCount) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < loadCount; i++) {
            all.add(loadSample(runId, "P1", i));
        }
        for (int i = 0; i < noLoadCount; i++) {
            all.add(noLoadSample(runId, "P2", loadCount + i));
        }
        return all;
    }
}
