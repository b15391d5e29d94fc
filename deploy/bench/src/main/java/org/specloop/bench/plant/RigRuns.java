package org.specloop.bench.plant;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The rigs' part: one run per motor of design PLANT-M1 with one lot of 38UH magnets in its rotor, sent over
 * the rig NDJSON paths as a rig does (run control and samples): a no-load point at rated speed whose
 * back-EMF gives Ke. Ke follows the lot's Br (2.054 V*s/rad per tesla, 0.1 % motor-to-motor scatter), so
 * the loop's transfer function over the motors has the physics a plant would show.
 */
final class RigRuns {
    static final double KE_PER_TESLA = 2.054;
    private static final int SAMPLES = 5;
    private static final double RPM = 1500.0;
    private static final int RUNS_PER_REQUEST = 200;
    private final PlantApi api;

    RigRuns(PlantApi api) {
        this.api = api;
    }

    /** Sends motors runs over the given lots (round robin); returns the seconds it took. */
    double send(int motors, List<PlantLot> lots, Instant startedAt) throws Exception {
        long start = System.nanoTime();
        for (int from = 0; from < motors; from += RUNS_PER_REQUEST) {
            int to = Math.min(motors, from + RUNS_PER_REQUEST);
            StringBuilder control = new StringBuilder();
            StringBuilder samples = new StringBuilder();
            StringBuilder finish = new StringBuilder();
            for (int r = from; r < to; r++) {
                PlantLot lot = lots.get(r % lots.size());
                String run = "RUN-PLANT-%05d".formatted(r);
                control.append(String.format(Locale.ROOT, "{\"type\":\"RunStarted\",\"messageId\":\"%s-start\",\"runId\":\"%1$s\","
                        + "\"rigId\":\"RIG-%d\",\"motorSerial\":\"SN-%1$s\",\"motorDesign\":\"%s\",\"ratedPowerKw\":11.0,"
                        + "\"poles\":4,\"frequencyHz\":50.0,\"thermalClass\":\"155(F)\",\"shaftHeightMm\":132,"
                        + "\"mounting\":\"RIGID\",\"vibrationGrade\":\"A\",\"installedLots\":[\"%s\"],\"startedAt\":\"%s\"}%n",
                        run, r % 4, PlantBuilder.DESIGN, lot.lotId(), startedAt));
                control.append(String.format(Locale.ROOT, "{\"type\":\"OperatingPointChanged\",\"messageId\":\"%s-P0\","
                        + "\"runId\":\"%1$s\",\"pointId\":\"KE\",\"kind\":\"NO_LOAD\",\"speedPercent\":100,\"torquePercent\":0,"
                        + "\"at\":\"%s\"}%n", run, startedAt));
                // runs are numbered one after the other: a seed-mixing generator, see PlantLot
                SplittableRandom random = new SplittableRandom(r);
                double ke = KE_PER_TESLA * lot.br() * (1 + 0.001 * random.nextGaussian());
                for (int s = 0; s < SAMPLES; s++) {
                    double rpm = RPM + 0.2 * random.nextGaussian();
                    samples.append(String.format(Locale.ROOT, "{\"messageId\":\"%s/%d\",\"runId\":\"%1$s\",\"pointId\":\"KE\","
                                    + "\"sequence\":%2$d,\"time\":\"%s\",\"speedRpm\":%.2f,\"torqueNm\":0.0,"
                                    + "\"backEmfLineVoltageRmsV\":%.3f,\"magnetTemperatureC\":20.0,\"windingTemperatureC\":40.0,"
                                    + "\"coolantTemperatureC\":38.0,\"vibrationVelocityMmS\":0.6}%n",
                            run, s, startedAt.plusSeconds(1 + s), rpm, ke * rpm * 2 * Math.PI / 60));
                }
                finish.append(String.format(Locale.ROOT, "{\"type\":\"RunFinished\",\"messageId\":\"%s-finish\",\"runId\":\"%1$s\","
                        + "\"at\":\"%s\"}%n", run, startedAt.plusSeconds(60)));
            }
            api.ingest("/api/ingest/rig-runs", control);
            api.ingest("/api/ingest/rig-samples", samples);
            api.ingest("/api/ingest/rig-runs", finish);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
