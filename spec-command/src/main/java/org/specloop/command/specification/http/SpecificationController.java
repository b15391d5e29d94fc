package org.specloop.command.specification.http;

import org.specloop.contracts.common.TextLimits;
import org.specloop.command.kernel.ClientIds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.DiscardRevision;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.EditDraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RejectRevision;
import org.specloop.contracts.specification.ReviewRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/** Command API of specifications and their revisions; reading them is the query side's job. */
@RestController
@RequestMapping("/api/specifications")
class SpecificationController {
    private final CommandGateway commandGateway;
    private final CurrentActor actor;

    SpecificationController(CommandGateway commandGateway, CurrentActor actor) {
        this.commandGateway = commandGateway;
        this.actor = actor;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> create(@RequestBody CreateSpecificationRequest request) {
        FieldErrors errors = new FieldErrors();
        String partNumber = errors.require("partNumber", request.partNumber(), TextLimits.PART_NUMBER);
        String grade = errors.require("grade", request.grade(), TextLimits.GRADE);
        ClientIds.check(errors, "specificationId", request.specificationId());
        errors.clean("title", request.title(), TextLimits.NAME);
        RevisionContent content = RevisionContentMapper.map(request.content(), errors);
        errors.throwIfAny();
        String id = request.specificationId() != null ? request.specificationId() : idFor(partNumber, grade);
        // a derived id follows the id rule too: a long part number and grade together could exceed it
        errors.check(ClientIds.isSafe(id), "specificationId", "derived from partNumber and grade as '"
                + id.substring(0, Math.min(id.length(), 40)) + "...' " + ClientIds.RULE + "; send a specificationId");
        errors.throwIfAny();
        commandGateway.sendAndWait(new CreateSpecification(id, partNumber.trim(), grade.trim(), request.title(), content, actor.name()));
        return ResponseEntity.created(URI.create("/api/specifications/" + id))
                .body(Map.of("specificationId", id, "revision", 1));
    }

    @PostMapping("/{id}/revisions")
    public ResponseEntity<Map<String, Object>> draftRevision(@PathVariable String id, @RequestBody DraftRevisionRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = draftReason(request, errors);
        RevisionContent content = RevisionContentMapper.map(request.content(), errors);
        errors.throwIfAny();
        Object revision = commandGateway.sendAndWait(new DraftRevision(id, content, reason, actor.name()));
        return ResponseEntity.created(URI.create("/api/specifications/" + id + "/revisions/" + revision))
                .body(Map.of("specificationId", id, "revision", revision));
    }

    /** The whole content again, as for a new draft: a PUT states the draft as it should be, nothing is merged. */
    @PutMapping("/{id}/revisions/{revision}")
    public ResponseEntity<Map<String, Object>> editDraft(@PathVariable String id, @PathVariable int revision,
                                                         @RequestBody DraftRevisionRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = draftReason(request, errors);
        RevisionContent content = RevisionContentMapper.map(request.content(), errors);
        errors.throwIfAny();
        commandGateway.sendAndWait(new EditDraftRevision(id, revision, content, reason, actor.name()));
        return ResponseEntity.ok(Map.of("specificationId", id, "revision", revision));
    }

    @PostMapping("/{id}/revisions/{revision}/discard")
    public ResponseEntity<Void> discard(@PathVariable String id, @PathVariable int revision, @RequestBody DiscardRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = errors.require("reason", request.reason(), TextLimits.REASON);
        errors.throwIfAny();
        commandGateway.sendAndWait(new DiscardRevision(id, revision, actor.name(), reason));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/revisions/{revision}/proposal")
    public ResponseEntity<Void> propose(@PathVariable String id, @PathVariable int revision) {
        commandGateway.sendAndWait(new ProposeRevision(id, revision, actor.name()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/revisions/{revision}/approval")
    public ResponseEntity<Void> approve(@PathVariable String id, @PathVariable int revision, @RequestBody ApprovalRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = errors.require("reason", request.reason(), TextLimits.REASON);
        SignatureMeaning meaning = errors.enumValue("signatureMeaning", SignatureMeaning.class, request.signatureMeaning());
        errors.throwIfAny();
        commandGateway.sendAndWait(new ApproveRevision(id, revision, actor.name(), reason, meaning, request.effectiveFrom()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/revisions/{revision}/review")
    public ResponseEntity<Void> review(@PathVariable String id, @PathVariable int revision, @RequestBody ReviewRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = errors.require("reason", request.reason(), TextLimits.REASON);
        errors.throwIfAny();
        commandGateway.sendAndWait(new ReviewRevision(id, revision, actor.name(), reason, SignatureMeaning.REVIEWED));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/revisions/{revision}/rejection")
    public ResponseEntity<Void> reject(@PathVariable String id, @PathVariable int revision, @RequestBody RejectionRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = errors.require("reason", request.reason(), TextLimits.REASON);
        errors.throwIfAny();
        commandGateway.sendAndWait(new RejectRevision(id, revision, actor.name(), reason));
        return ResponseEntity.ok().build();
    }

    private static String draftReason(DraftRevisionRequest request, FieldErrors errors) {
        return errors.require("reason", request.reason(), TextLimits.REASON);
    }

    /**
     * One specification per part number and grade, so the id is derived from both: creating the same
     * pair twice then collides in the event store (409 already-exists) without any lookup table.
     * Part and grade are joined by '_', which neither normalised part contains, so ids never clash.
     */
    static String idFor(String partNumber, String grade) {
        return "SPEC-" + normalise(partNumber) + "_" + normalise(grade);
    }

    private static String normalise(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
