package org.specloop.loop.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RejectRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.calculations.transfer.LimitCandidate;
import org.specloop.calculations.transfer.ProposalDecision;
import org.specloop.calculations.transfer.ProposalDecision.Decision;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the fitted relations of every design that uses a spec into at most one open loop proposal
 * for it, changing every limit the evidence moves (ProposalDecision says which and when). Several designs
 * deriving the same limit are combined by taking the most demanding one,
 * since the magnet must serve them all. A stale proposal is withdrawn (rejected by the loop, which
 * the spec allows its proposer) and a new one drafted and proposed, so each revision's content
 * matches its evidence; the loop never approves.
 */
@Component
class ProposalPolicy {
    private static final Logger log = LoggerFactory.getLogger(ProposalPolicy.class);
    private static final String LOOP = LoopActors.TRANSFER_FUNCTION;
    private final SpecTable specs;
    private final TransferFunctions transfers;
    private final ProposalTable proposals;
    private final CommandGateway commands;
    private final Clock clock;
    private final LoopMetrics metrics;

    public ProposalPolicy(SpecTable specs, TransferFunctions transfers, ProposalTable proposals, CommandGateway commands,
                            Clock clock, LoopMetrics metrics) {
        this.specs = specs;
        this.transfers = transfers;
        this.proposals = proposals;
        this.commands = commands;
        this.clock = clock;
        this.metrics = metrics;
    }

    public void reconsider(String specId) {
        if (LoopReplay.replaying()) {
            // proposed, replaced or withdrawn when the event was live: those commands are events in the store
            return;
        }
        Optional<SpecTable.Spec> found = specs.spec(specId).filter(s -> s.effective() != null);
        if (found.isEmpty()) {
            return;
        }
        SpecTable.Spec spec = found.get();
        Map<String, List<TransferFunctionView>> derivations = derivationsByLimit(specId);
        Map<String, LimitCandidate> candidates = new LinkedHashMap<>();
        derivations.forEach((key, views) -> candidates.put(key, new LimitCandidate(key, views.get(0).proposedLimit(),
                views.get(0).effectiveLimit(), views.get(0).deadBand())));
        Optional<ProposalTable.Proposal> open = proposals.open(specId);
        boolean otherOpen = spec.openRevision() != null && !LoopActors.isLoop(spec.openAuthor())
                && open.map(p -> p.revision() != spec.openRevision()).orElse(true);
        Decision decision = ProposalDecision.decide(candidates.values(), open.map(this::proposed).orElse(List.of()),
                otherOpen, proposals.lastRejected(specId).map(this::proposed).orElse(List.of()));
        switch (decision.action()) {
            case PROPOSE -> propose(spec, decision, derivations);
            case REPLACE -> {
                if (withdraw(open.get(), decision.reason())) {
                    metrics.replaced();
                    propose(spec, decision, derivations);
                }
            }
            case WITHDRAW -> {
                if (withdraw(open.get(), decision.reason())) {
                    metrics.withdrawn();
                }
            }
            case NOTHING -> open.ifPresent(p -> decision.changes().stream()
                    .filter(c -> derivations.containsKey(c.limitKey()))
                    .forEach(c -> proposals.evidence(specId, p.revision(), c.limitKey(),
                            evidence(spec, decision, c, derivations.get(c.limitKey())))));
            case WAIT_FOR_OPEN_REVISION -> log.debug("loop proposal for {} waits for revision {}", specId, spec.openRevision());
        }
        proposals.state(specId, decision.action().name(), decision.reason(), clock.instant());
    }

    /** Derived limits per limit key, the most demanding design first. */
    private Map<String, List<TransferFunctionView>> derivationsByLimit(String specId) {
        Map<String, List<TransferFunctionView>> byKey = new LinkedHashMap<>();
        for (SpecTable.Design design : specs.designsOf(specId)) {
            transfers.of(design).stream().filter(v -> v.proposedLimit() != null)
                    .forEach(v -> byKey.computeIfAbsent(v.limitKey(), k -> new ArrayList<>()).add(v));
        }
        byKey.values().forEach(views -> views.sort(Comparator.comparingDouble(
                v -> "MIN".equals(v.limitSide()) ? -v.proposedLimit() : v.proposedLimit())));
        return byKey;
    }

    /** One revision that changes every limit of the decision, each with the evidence it rests on. */
    private void propose(SpecTable.Spec spec, Decision decision, Map<String, List<TransferFunctionView>> derivations) {
        RevisionContent content = spec.effective();
        List<String> changes = new ArrayList<>();
        List<ProposalTable.Limit> limits = new ArrayList<>();
        for (LimitCandidate c : decision.changes()) {
            List<TransferFunctionView> views = derivations.getOrDefault(c.limitKey(), List.of());
            content = RevisionContents.withLimit(content, c.limitKey(), c.proposed());
            String from = views.isEmpty() ? "" : String.format(" from motor results of design %s (requirements v%d): %s",
                    views.get(0).designId(), views.get(0).designVersion(), views.get(0).explanation());
            changes.add(String.format("%s from %s to %s (dead band %s)%s", c.limitKey(), c.effective(), c.proposed(),
                    c.deadBand(), from));
            limits.add(new ProposalTable.Limit(c.limitKey(), c.proposed(), c.effective(), c.deadBand(),
                    evidence(spec, decision, c, views)));
        }
        String reason = "Loop proposal. Changes " + String.join("; ", changes) + ". Evidence: GET /api/loop/proposals/"
                + spec.specificationId();
        try {
            Object revision = commands.sendAndWait(new DraftRevision(spec.specificationId(), content, reason, LOOP));
            int number = ((Number) revision).intValue();
            commands.sendAndWait(new ProposeRevision(spec.specificationId(), number, LOOP));
            proposals.proposed(spec.specificationId(), number, limits, clock.instant());
            metrics.opened();
        } catch (RuntimeException refused) {
            log.warn("loop proposal for {} refused: {}", spec.specificationId(), refused.getMessage());
        }
    }

    private boolean withdraw(ProposalTable.Proposal open, String why) {
        try {
            commands.sendAndWait(new RejectRevision(open.specificationId(), open.revision(), LOOP, "Withdrawn by the loop: " + why));
            proposals.decided(open.specificationId(), open.revision(), ProposalTable.WITHDRAWN, LOOP, clock.instant());
            return true;
        } catch (RuntimeException refused) {
            // a person decided it in the meantime; that decision arrives as an event and is recorded then
            log.info("loop proposal {} rev {} not withdrawn: {}", open.specificationId(), open.revision(), refused.getMessage());
            return false;
        }
    }

    /** The limit in the revision, which stays while newer evidence moves less than the dead band, and its derivations. */
    private String evidence(SpecTable.Spec spec, Decision decision, LimitCandidate c, List<TransferFunctionView> views) {
        return specs.write(new ProposalEvidence(spec.specificationId(), c.limitKey(), c.proposed(), c.effective(),
                c.deadBand(), decision.reason(), views, views.stream().flatMap(v -> v.motors().stream()).distinct().toList(),
                views.stream().flatMap(v -> v.lots().stream()).distinct().sorted().toList()));
    }

    private List<ProposalDecision.Proposed> proposed(ProposalTable.Proposal p) {
        return proposals.limits(p).stream().map(l -> new ProposalDecision.Proposed(l.limitKey(), l.proposedLimit(),
                l.effectiveLimit(), l.deadBand())).toList();
    }
}
