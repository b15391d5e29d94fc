package org.specloop.app.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request bodies a caller can start from, for the main writes; the same shapes the integration tests
 * send. Redocly's no-invalid-media-type-examples rule checks each against its schema in CI.
 */
final class ApiExamples {
    static final Map<String, String> REQUESTS = new LinkedHashMap<>();

    static {
        REQUESTS.put("POST /api/specifications", """
                {"specificationId": "SPEC-PUMP-38UH", "partNumber": "PN-PUMP-38UH", "grade": "38UH",
                 "title": "Pump rotor magnet",
                 "characteristics": [{"characteristic": "Br", "min": {"value": 1.22, "unit": "T"},
                                      "testTemperature": {"value": 20, "unit": "degC"}}],
                 "maxWorkingTemperature": {"value": 180, "unit": "degC"}}""");
        REQUESTS.put("POST /api/specifications/{id}/revisions/{revision}/approval", """
                {"reason": "HcJ margin after LOT-42SH-0002", "signatureMeaning": "APPROVED", "password": "bob-demo"}""");
        REQUESTS.put("POST /api/lots", """
                {"lotId": "LOT-PUMP-0001", "supplierId": "MAG-DE-1", "partNumber": "PN-PUMP-38UH", "grade": "38UH",
                 "quantity": 10, "receivedAt": "2026-01-05T06:00:00Z"}""");
        REQUESTS.put("POST /api/lots/{lotId}/measurements", """
                {"measurementId": "M-1", "sampleId": "S1", "testTemperature": {"value": 20, "unit": "degC"},
                 "lab": "Lab A", "instrument": "HG-200", "method": "closed-circuit",
                 "values": [{"characteristic": "HcJ", "value": 1550, "unit": "kA/m"}],
                 "measuredAt": "2026-01-05T06:00:00Z"}""");
        REQUESTS.put("POST /api/sources", """
                {"sourceId": "MINE-AU-2", "name": "Outback Mine", "tier": "MINE", "country": "AU"}""");
        REQUESTS.put("POST /api/engineering-changes", """
                {"trigger": "MANUAL", "title": "Alloy maker change announced by the supplier",
                 "description": "supplier notice", "specificationId": "SPEC-PUMP-38UH",
                 "sourceChanges": [{"tier": "ALLOY_MAKER", "previousSourceId": "AL-1", "newSourceId": "AL-2"}]}""");
        REQUESTS.put("POST /api/engineering-changes/{id}/evidence", """
                {"itemId": "ALLOY-COMPOSITION", "evidenceReference": "COA-ALLOY-JP-1"}""");
        REQUESTS.put("POST /api/engineering-changes/{id}/approval", """
                {"reason": "AL-2 audit closed, FAI within limits", "signatureMeaning": "APPROVED", "password": "bob-demo",
                 "publicReason": "Second alloy maker qualified after requalification"}""");
        REQUESTS.put("POST /api/subscriptions", """
                {"partNumbers": ["PN-PUMP-38UH"],
                 "channel": {"kind": "WEBHOOK", "url": "https://oem.example/hooks/specloop",
                             "secrets": ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]}}""");
    }

    private ApiExamples() {
    }
}
