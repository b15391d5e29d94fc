package org.specloop.command.lot.http;

import org.specloop.contracts.common.TextLimits;
import org.specloop.command.lot.input.LotRequests;
import org.specloop.command.lot.input.MeasurementRequest;
import org.specloop.command.lot.input.MeasurementRequests;
import org.specloop.command.lot.input.ReceiveLotRequest;
import java.net.URI;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.contracts.lot.HoldLot;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.lot.RejectLot;
import org.specloop.contracts.lot.ReleaseLot;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands on magnet lots: receipt, lab measurements and the quality engineer's disposition decisions. */
@RestController
@RequestMapping("/api/lots")
class LotCommandController {
    /** Receipt and measurement commands name no actor, so who sent them travels as message metadata. */
    public static final String ACTOR_METADATA = "actor";

    private final CommandGateway commands;
    private final CurrentActor actor;

    LotCommandController(CommandGateway commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> receive(@RequestBody ReceiveLotRequest request) {
        String who = actor.name();
        ReceiveMagnetLot command = LotRequests.receive(request);
        send(command, who);
        return ResponseEntity.created(URI.create("/api/lots/" + command.lotId())).body(Map.of("lotId", command.lotId()));
    }

    @PostMapping("/{lotId}/measurements")
    public ResponseEntity<Map<String, String>> measure(@PathVariable String lotId, @RequestBody MeasurementRequest request) {
        String who = actor.name();
        RecordMeasurement command = MeasurementRequests.record(lotId, request);
        send(command, who);
        return ResponseEntity.created(URI.create("/api/lots/" + lotId + "/measurements/" + command.measurementId()))
                .body(Map.of("lotId", lotId, "measurementId", command.measurementId()));
    }

    @PostMapping("/{lotId}/hold")
    public ResponseEntity<Void> hold(@PathVariable String lotId, @RequestBody ReasonRequest request) {
        String who = actor.name();
        send(new HoldLot(lotId, reason(request), who), who);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{lotId}/release")
    public ResponseEntity<Void> release(@PathVariable String lotId, @RequestBody ReasonRequest request) {
        String who = actor.name();
        send(new ReleaseLot(lotId, reason(request), who), who);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{lotId}/rejection")
    public ResponseEntity<Void> reject(@PathVariable String lotId, @RequestBody ReasonRequest request) {
        String who = actor.name();
        send(new RejectLot(lotId, reason(request), who), who);
        return ResponseEntity.noContent().build();
    }

    private static String reason(ReasonRequest request) {
        FieldErrors errors = new FieldErrors();
        errors.require("reason", request.reason(), TextLimits.REASON);
        errors.throwIfAny();
        return request.reason();
    }

    private void send(Object command, String who) {
        commands.sendAndWait(command, MetaData.with(ACTOR_METADATA, who));
    }
}
