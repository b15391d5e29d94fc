package org.specloop.command.change.http;

import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.common.TextLimits;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.command.change.EngineeringChange;
import org.specloop.infrastructure.web.CurrentActor;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.kernel.ClientIds;
import org.specloop.contracts.change.ApproveEngineeringChange;
import org.specloop.contracts.change.AttachLotToChange;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.CloseEngineeringChange;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.change.RecordChangeEvidence;
import org.specloop.contracts.change.RejectEngineeringChange;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.command.sourcing.ppap.PpapPlan;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.qualification.PpapElement;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.source.Tier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Command API of engineering changes; changes have no natural key, so new ones get a random id. */
@RestController
@RequestMapping("/api/engineering-changes")
class EngineeringChangeController {
    private final CommandGateway commandGateway;
    private final CurrentActor actor;

    EngineeringChangeController(CommandGateway commandGateway, CurrentActor actor) {
        this.commandGateway = commandGateway;
        this.actor = actor;
    }

    @PostMapping
    public ResponseEntity<Map<String, String>> raise(@RequestBody RaiseChangeRequest request) {
        FieldErrors errors = new FieldErrors();
        ClientIds.check(errors, "changeId", request.changeId());
        // references to specs and lots follow the rule their own ids were created under
        ClientIds.check(errors, "specificationId", request.specificationId());
        ChangeTrigger trigger = errors.enumValue("trigger", ChangeTrigger.class, request.trigger());
        errors.require("title", request.title(), EngineeringChange.TITLE_MAX_LENGTH);
        errors.clean("description", request.description(), EngineeringChange.DESCRIPTION_MAX_LENGTH);
        List<SourceSwap> swaps = new ArrayList<>();
        List<RaiseChangeRequest.Swap> input = request.sourceChanges() == null ? List.of() : request.sourceChanges();
        boolean fewSwaps = errors.atMostItems("sourceChanges", input, ListLimits.SOURCE_CHANGES);
        for (int i = 0; fewSwaps && i < input.size(); i++) {
            RaiseChangeRequest.Swap swap = input.get(i);
            String path = "sourceChanges[" + i + "]";
            if (errors.require(path, swap) != null) {
                swaps.add(new SourceSwap(errors.enumValue(path + ".tier", Tier.class, swap.tier()),
                        errors.clean(path + ".previousSourceId", swap.previousSourceId(), TextLimits.ID),
                        errors.require(path + ".newSourceId", swap.newSourceId(), TextLimits.ID)));
            }
        }
        List<String> lots = request.affectedLots() == null ? List.of() : request.affectedLots();
        boolean fewLots = errors.atMostItems("affectedLots", lots, ListLimits.AFFECTED_LOTS);
        for (int i = 0; fewLots && i < lots.size(); i++) {
            if (errors.require("affectedLots[" + i + "]", lots.get(i)) != null) {
                ClientIds.check(errors, "affectedLots[" + i + "]", lots.get(i));
            }
        }
        errors.throwIfAny();
        String id = request.changeId() != null ? request.changeId() : "EC-" + UUID.randomUUID();
        commandGateway.sendAndWait(new RaiseEngineeringChange(id, trigger, request.title(), request.description(),
                request.specificationId(), swaps, lots, actor.name()));
        return ResponseEntity.created(URI.create("/api/engineering-changes/" + id)).body(Map.of("changeId", id));
    }

    @PostMapping("/{id}/plan")
    public ResponseEntity<Void> plan(@PathVariable String id, @RequestBody PlanRequest request) {
        FieldErrors errors = new FieldErrors();
        List<PlanItem> items = new ArrayList<>();
        List<PlanRequest.Item> input = request.items() == null ? List.of() : request.items();
        errors.check(!input.isEmpty(), "items", "needs at least one item of evidence");
        boolean fewEnough = errors.atMostItems("items", input, ListLimits.PLAN_ITEMS);
        for (int i = 0; fewEnough && i < input.size(); i++) {
            PlanRequest.Item item = input.get(i);
            String path = "items[" + i + "]";
            if (errors.require(path, item) != null) {
                errors.require(path + ".itemId", item.itemId(), TextLimits.ID);
                errors.clean(path + ".description", item.description(), TextLimits.REASON);
                errors.require(path + ".evidenceType", item.evidenceType(), TextLimits.LABEL);
                Integer required = errors.require(path + ".required", item.required());
                errors.check(required == null || required >= 1, path + ".required", "must be at least 1");
                items.add(new PlanItem(item.itemId(), item.description(), item.evidenceType(), required == null ? 0 : required));
            }
        }
        Integer level = request.ppapSubmissionLevel();
        errors.check(level == null || (level >= PpapElement.LOWEST_LEVEL && level <= PpapElement.HIGHEST_LEVEL),
                "ppapSubmissionLevel", "must be 1 to 5 (AIAG PPAP submission levels)");
        errors.throwIfAny();
        commandGateway.sendAndWait(new PlanEngineeringChange(id, PpapPlan.withElements(items, level), request.dueDate(),
                actor.name(), new RequalificationRecords(request.firstArticleRequired(), level)));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/evidence")
    public ResponseEntity<Void> evidence(@PathVariable String id, @RequestBody EvidenceRequest request) {
        FieldErrors errors = new FieldErrors();
        errors.require("itemId", request.itemId(), TextLimits.ID);
        errors.require("evidenceReference", request.evidenceReference(), TextLimits.LABEL);
        errors.throwIfAny();
        commandGateway.sendAndWait(new RecordChangeEvidence(id, request.itemId(), request.evidenceReference(), actor.name()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/approval")
    public ResponseEntity<Void> approve(@PathVariable String id, @RequestBody ChangeApprovalRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = errors.require("reason", request.reason(), TextLimits.REASON);
        SignatureMeaning meaning = errors.enumValue("signatureMeaning", SignatureMeaning.class, request.signatureMeaning());
        errors.clean("publicReason", request.publicReason(), TextLimits.REASON);
        errors.throwIfAny();
        commandGateway.sendAndWait(new ApproveEngineeringChange(id, actor.name(), reason, meaning,
                publicReason(request.publicReason())));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/rejection")
    public ResponseEntity<Void> reject(@PathVariable String id, @RequestBody ChangeRejectionRequest request) {
        FieldErrors errors = new FieldErrors();
        String reason = errors.require("reason", request.reason(), TextLimits.REASON);
        errors.clean("publicReason", request.publicReason(), TextLimits.REASON);
        errors.throwIfAny();
        commandGateway.sendAndWait(new RejectEngineeringChange(id, actor.name(), reason, publicReason(request.publicReason())));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/closure")
    public ResponseEntity<Void> close(@PathVariable String id, @RequestBody(required = false) ClosureRequest request) {
        FieldErrors errors = new FieldErrors();
        errors.clean("note", request == null ? null : request.note(), TextLimits.REASON);
        errors.throwIfAny();
        commandGateway.sendAndWait(new CloseEngineeringChange(id, actor.name(), request == null ? null : request.note()));
        return ResponseEntity.ok().build();
    }

    @PostMapping("/{id}/lots")
    public ResponseEntity<Void> attachLot(@PathVariable String id, @RequestBody LotRequest request) {
        FieldErrors errors = new FieldErrors();
        if (errors.require("lotId", request.lotId()) != null) {
            ClientIds.check(errors, "lotId", request.lotId());
        }
        errors.throwIfAny();
        commandGateway.sendAndWait(new AttachLotToChange(id, request.lotId()));
        return ResponseEntity.ok().build();
    }

    /** The text OEMs are told, when the signer chose one; blank counts as none (they then read a neutral text). */
    private static String publicReason(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
