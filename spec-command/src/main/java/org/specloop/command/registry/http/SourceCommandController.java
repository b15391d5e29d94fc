package org.specloop.command.registry.http;

import java.net.URI;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.contracts.source.AddCertificate;
import org.specloop.contracts.source.RegisterSupplySource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Commands on supply sources: registration, certificates, relocation, disqualification. */
@RestController
@RequestMapping("/api/sources")
class SourceCommandController {
    /** Source commands name no actor, so who sent them travels as message metadata. */
    public static final String ACTOR_METADATA = "actor";

    private final CommandGateway commands;
    private final CurrentActor actor;

    SourceCommandController(CommandGateway commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> register(@RequestBody RegisterSourceRequest request) {
        String who = actor.name();
        RegisterSupplySource command = SourceRequests.register(request);
        send(command, who);
        return ResponseEntity.created(URI.create("/api/sources/" + command.sourceId()))
                .body(Map.of("sourceId", command.sourceId()));
    }

    @PostMapping("/{sourceId}/certificates")
    public ResponseEntity<Map<String, String>> addCertificate(@PathVariable String sourceId,
                                                              @RequestBody CertificateRequest request) {
        String who = actor.name();
        AddCertificate command = SourceRequests.addCertificate(sourceId, request);
        send(command, who);
        return ResponseEntity.created(URI.create("/api/sources/" + sourceId))
                .body(Map.of("sourceId", sourceId, "certificateNumber", command.certificate().number()));
    }

    @PostMapping("/{sourceId}/relocation")
    public ResponseEntity<Void> relocate(@PathVariable String sourceId, @RequestBody RelocationRequest request) {
        String who = actor.name();
        send(SourceRequests.relocate(sourceId, request), who);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{sourceId}/disqualification")
    public ResponseEntity<Void> disqualify(@PathVariable String sourceId, @RequestBody DisqualificationRequest request) {
        String who = actor.name();
        send(SourceRequests.disqualify(sourceId, request), who);
        return ResponseEntity.noContent().build();
    }

    private void send(Object command, String who) {
        commands.sendAndWait(command, MetaData.with(ACTOR_METADATA, who));
    }
}
