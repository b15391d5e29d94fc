package org.specloop.command.lot.http;

import org.specloop.command.lot.input.MeasurementRequests;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.contracts.lot.RecordMeasurements;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.specloop.command.kernel.PastInstants;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lab measurements in batches: one command and one transaction per request, so a lab posting a run
 * of samples pays one commit instead of one per sample. The answer comes after the commit: what it
 * counts as recorded is durable.
 */
@RestController
@RequestMapping("/api/lots")
class MeasurementBatchController {
    private final CommandGateway commands;
    private final CurrentActor actor;
    private final PastInstants past;

    MeasurementBatchController(CommandGateway commands, CurrentActor actor, PastInstants past) {
        this.commands = commands;
        this.actor = actor;
        this.past = past;
    }

    /** recorded &lt; received when some measurement ids were recorded before: a retry is safe. */
    @PostMapping("/{lotId}/measurements/batch")
    public ResponseEntity<Map<String, Object>> measure(@PathVariable String lotId,
                                                       @RequestBody MeasurementBatchRequest request) {
        String who = actor.name();
        RecordMeasurements command = MeasurementRequests.batch(lotId, request.measurements(), past);
        Object recorded = commands.sendAndWait(command, MetaData.with(LotCommandController.ACTOR_METADATA, who));
        return ResponseEntity.ok(Map.of("lotId", lotId, "received", command.measurements().size(),
                "recorded", recorded));
    }
}
