package org.specloop.loop.policy;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionDiscarded;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionRejected;
import org.springframework.stereotype.Component;

/**
 * Spec revisions as the loop needs them: the effective content its limits are compared with,
 * whether a revision is open, and what people decided about the loop's own proposals. Same
 * processing group as LoopEventHandler, so the two see one ordered stream.
 */
@Component
// replay-safe: a replayed revision event updates the tables only; ProposalPolicy decides nothing for it (LoopReplay)
@ProcessingGroup(LoopEventHandler.PROCESSING_GROUP)
class SpecEventHandler {
    private final SpecTable specs;
    private final ProposalTable proposals;
    private final ProposalPolicy workflow;

    public SpecEventHandler(SpecTable specs, ProposalTable proposals, ProposalPolicy workflow) {
        this.specs = specs;
        this.proposals = proposals;
        this.workflow = workflow;
    }

    @EventHandler
    void on(RevisionDrafted event) {
        specs.opened(event.specificationId(), event.partNumber(), event.revision(), event.author());
    }

    @EventHandler
    void on(RevisionRejected event) {
        specs.decided(event.specificationId(), event.revision());
        if (!LoopActors.isLoop(event.rejector())) {
            proposals.decided(event.specificationId(), event.revision(), ProposalTable.REJECTED, event.rejector(), event.rejectedAt());
        }
        workflow.reconsider(event.specificationId());
    }

    /** A discarded draft is no longer open: the loop may draft again for this spec. */
    @EventHandler
    void on(RevisionDiscarded event) {
        specs.decided(event.specificationId(), event.revision());
        workflow.reconsider(event.specificationId());
    }

    @EventHandler
    void on(RevisionApproved event) {
        specs.decided(event.specificationId(), event.revision());
        proposals.decided(event.specificationId(), event.revision(), ProposalTable.APPROVED, event.approver(), event.approvedAt());
    }

    @EventHandler
    void on(RevisionBecameEffective event) {
        specs.effective(event.specificationId(), event.partNumber(), event.revision(), event.content());
        workflow.reconsider(event.specificationId());
    }
}
