package org.specloop.bench.rig;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import org.specloop.bench.common.AppClient;

/**
 * What RigLoad's runs declare, created through the public API before they are sent, as a plant has it
 * before it tests motors: a magnet specification, motor design PMSM-11K-4P built on it, and lots LOT-0 to
 * LOT-(runs-1) of its part. SpecLoop refuses a run whose design or lots it does not know (docs/ingest.md).
 * An answer of 409 (there already, from an earlier round) counts as done.
 * Args: baseUrl runs credentialHeader credentialValue (e.g. Authorization "Basic ..." or X-Api-Key key)
 */
public final class RigPrerequisites {
    static final String SPEC = "SPEC-RIGLOAD-38UH";
    static final String PART = "RTR-MAG-RIGLOAD-38UH";

    private RigPrerequisites() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = Integer.parseInt(args[1]);
        AppClient api = new AppClient(HttpClient.newHttpClient(), Duration.ofSeconds(30), args[2], args[3],
                "Accept", "application/json");
        create(api, base, "/api/specifications", """
                {"specificationId": "%s", "partNumber": "%s", "grade": "38UH", "title": "Rotor magnet, rig load",
                 "characteristics": [{"characteristic": "Br", "min": {"value": 1.2, "unit": "T"},
                                      "testTemperature": {"value": 20, "unit": "degC"}}],
                 "maxWorkingTemperature": {"value": 180, "unit": "degC"}}""".formatted(SPEC, PART));
        create(api, base, "/api/motor-designs", """
                {"designId": "PMSM-11K-4P", "name": "11 kW 4-pole PMSM", "requirements": {"specificationId": "%s",
                 "hotTestTemperature": {"value": 150, "unit": "degC"}, "thermalClass": "F"}}""".formatted(SPEC));
        for (int r = 0; r < runs; r++) {
            create(api, base, "/api/lots", """
                    {"lotId": "LOT-%d", "supplierId": "MAG-RIGLOAD", "partNumber": "%s", "grade": "38UH",
                     "quantity": 100, "declaredChain": {"links": [], "custodyModel": "SEGREGATED"},
                     "receivedAt": "%s"}""".formatted(r, PART, Instant.now()));
        }
        System.out.println("rig prerequisites: " + SPEC + ", PMSM-11K-4P and " + runs + " lots");
    }

    private static void create(AppClient api, String base, String path, String json) throws Exception {
        AppClient.Answer answer = api.send(base, path, json);
        if (!answer.ok() && answer.status() != 409) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
    }
}
