package org.specloop.loop.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RejectRevision;
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
 * for it. Several designs deriving the same limit are combined by taking the most demanding one,
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
        Decision decision = ProposalDecision.decide(candidates.values(), open.map(ProposalPolicy::proposed), otherOpen,
                proposals.lastRejected(specId).map(ProposalPolicy::proposed));
        switch (decision.action()) {
            case PROPOSE -> propose(spec, decision, derivations.get(decision.candidate().limitKey()));
            case REPLACE -> {
                if (withdraw(open.get(), decision.reason())) {
                    metrics.replaced();
                    propose(spec, decision, derivations.get(decision.candidate().limitKey()));
                }
            }
            case WITHDRAW -> {
                if (withdraw(open.get(), decision.reason())) {
                    metrics.withdrawn();
                }
            }
            case NOTHING -> open.filter(p -> decision.candidate() != null && p.limitKey().equals(decision.candidate().limitKey()))
                    .ifPresent(p -> proposals.evidence(specId, p.revision(),
                            evidence(spec, decision, p.proposedLimit(), derivations.get(p.limitKey()))));
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

    private void propose(SpecTable.Spec spec, Decision decision, List<TransferFunctionView> views) {
        LimitCandidate c = decision.candidate();
        TransferFunctionView lead = views.get(0);
        String reason = String.format("Loop proposal from motor results of design %s (requirements v%d): %s. Changes %s from %s"
                        + " to %s (dead band %s). Evidence: GET /api/loop/proposals/%s", lead.designId(), lead.designVersion(),
                lead.explanation(), c.limitKey(), c.effective(), c.proposed(), c.deadBand(), spec.specificationId());
        try {
            Object revision = commands.sendAndWait(new DraftRevision(spec.specificationId(),
                    RevisionContents.withLimit(spec.effective(), lead, c.proposed()), reason, LOOP));
            int number = ((Number) revision).intValue();
            commands.sendAndWait(new ProposeRevision(spec.specificationId(), number, LOOP));
            proposals.proposed(spec.specificationId(), number, c.limitKey(), c.proposed(), c.effective(),
                    evidence(spec, decision, c.proposed(), views), clock.instant());
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

    /** proposedLimit is the limit in the revision, which stays while newer evidence moves less than the dead band. */
    private String evidence(SpecTable.Spec spec, Decision decision, double proposedLimit, List<TransferFunctionView> views) {
        LimitCandidate c = decision.candidate();
        return specs.write(new ProposalEvidence(spec.specificationId(), c.limitKey(), proposedLimit, c.effective(), c.deadBand(),
                decision.reason(), views, views.stream().flatMap(v -> v.motors().stream()).distinct().toList(),
                views.stream().flatMap(v -> v.lots().stream()).distinct().sorted().toList()));
    }

    private static ProposalDecision.Proposed proposed(ProposalTable.Proposal p) {
        return new ProposalDecision.Proposed(p.limitKey(), p.proposedLimit());
    }
}
