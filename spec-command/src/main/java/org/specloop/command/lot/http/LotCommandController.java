package org.specloop.command.lot.http;

import org.specloop.contracts.common.TextLimits;
import org.specloop.command.lot.input.LotRequests;
import org.specloop.command.lot.input.MeasurementRequest;
import org.specloop.command.lot.input.MeasurementRequests;
import org.specloop.command.lot.input.ReceiveLotRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.command.kernel.ClientIds;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.lot.MagnetLot;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.ApproveLotDeviation;
import org.specloop.contracts.lot.DeviationDisposition;
import org.specloop.contracts.lot.RejectLotDeviation;
import org.specloop.contracts.lot.RequestLotDeviation;
import org.specloop.contracts.lot.HoldLot;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.lot.RejectLot;
import org.specloop.contracts.lot.ReleaseLot;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.specloop.command.kernel.PastInstants;
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
    private final PastInstants past;

    LotCommandController(CommandGateway commands, CurrentActor actor, PastInstants past) {
        this.commands = commands;
        this.actor = actor;
        this.past = past;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> receive(@RequestBody ReceiveLotRequest request) {
        String who = actor.name();
        ReceiveMagnetLot command = LotRequests.receive(request, past);
        send(command, who);
        return ResponseEntity.created(URI.create("/api/lots/" + command.lotId())).body(Map.of("lotId", command.lotId()));
    }

    @PostMapping("/{lotId}/measurements")
    public ResponseEntity<Map<String, String>> measure(@PathVariable String lotId, @RequestBody MeasurementRequest request) {
        String who = actor.name();
        RecordMeasurement command = MeasurementRequests.record(lotId, request, past);
        send(command, who);
        return ResponseEntity.created(URI.create("/api/lots/" + lotId + "/measurements/" + command.measurementId()))
                .body(Map.of("lotId", lotId, "measurementId", command.measurementId()));
    }

    @PostMapping("/{lotId}/hold")
    public ResponseEntity<Void> hold(@PathVariable String lotId, @RequestBody ReasonRequest request) {
        String who = actor.name();
        send(new HoldLot(lotId, reason(request), who, publicReason(request)), who);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{lotId}/release")
    public ResponseEntity<Void> release(@PathVariable String lotId, @RequestBody ReasonRequest request) {
        String who = actor.name();
        send(new ReleaseLot(lotId, reason(request), who, publicReason(request)), who);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{lotId}/rejection")
    public ResponseEntity<Void> reject(@PathVariable String lotId, @RequestBody ReasonRequest request) {
        String who = actor.name();
        send(new RejectLot(lotId, reason(request), who, publicReason(request)), who);
        return ResponseEntity.noContent().build();
    }

    /** A material review of a lot that does not conform: the disposition takes effect once a second person signs. */
    @PostMapping("/{lotId}/deviations")
    public ResponseEntity<Map<String, String>> requestDeviation(@PathVariable String lotId, @RequestBody DeviationRequest request) {
        FieldErrors errors = new FieldErrors();
        ClientIds.check(errors, "deviationId", request.deviationId());
        DeviationDisposition disposition = errors.enumValue("disposition", DeviationDisposition.class, request.disposition());
        String reason = deviationReason(errors, request.reason());
        errors.throwIfAny();
        String deviationId = request.deviationId() != null ? request.deviationId()
                : "DEV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String who = actor.name();
        send(new RequestLotDeviation(lotId, deviationId, disposition, reason, who), who);
        return ResponseEntity.created(URI.create("/api/lots/" + lotId + "/deviations/" + deviationId))
                .body(Map.of("lotId", lotId, "deviationId", deviationId));
    }

    /** The second person's signature; the signing filter has already confirmed who signs (password or fresh log-in). */
    @PostMapping("/{lotId}/deviations/{deviationId}/approval")
    public ResponseEntity<Void> approveDeviation(@PathVariable String lotId, @PathVariable String deviationId,
                                                 @RequestBody DeviationApprovalRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = deviationReason(errors, request.reason());
        SignatureMeaning meaning = errors.enumValue("signatureMeaning", SignatureMeaning.class, request.signatureMeaning());
        errors.throwIfAny();
        String who = actor.name();
        send(new ApproveLotDeviation(lotId, deviationId, who, reason, meaning), who);
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{lotId}/deviations/{deviationId}/rejection")
    public ResponseEntity<Void> rejectDeviation(@PathVariable String lotId, @PathVariable String deviationId,
                                                @RequestBody DeviationRejectionRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = deviationReason(errors, request.reason());
        errors.throwIfAny();
        String who = actor.name();
        send(new RejectLotDeviation(lotId, deviationId, who, reason), who);
        return ResponseEntity.ok().build();
    }

    private static String deviationReason(FieldErrors errors, String reason) {
        return errors.require("reason", reason, MagnetLot.DEVIATION_REASON_MAX_LENGTH);
    }

    private static String reason(ReasonRequest request) {
        FieldErrors errors = new FieldErrors();
        errors.require("reason", request.reason(), TextLimits.REASON);
        if (request.publicReason() != null) {
            errors.atMost("publicReason", errors.clean("publicReason", request.publicReason()), TextLimits.REASON);
        }
        errors.throwIfAny();
        return request.reason();
    }

    /** The text OEMs are told, when the caller chose one; blank counts as none. */
    private static String publicReason(ReasonRequest request) {
        return request.publicReason() == null || request.publicReason().isBlank() ? null : request.publicReason().strip();
    }

    private void send(Object command, String who) {
        commands.sendAndWait(command, MetaData.with(ACTOR_METADATA, who));
    }
}
