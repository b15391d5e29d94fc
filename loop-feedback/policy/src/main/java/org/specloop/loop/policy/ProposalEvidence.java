package org.specloop.loop.policy;

import java.util.List;

/**
 * What a loop proposal rests on: the limit changed, the decision, and every fitted relation
 * (design by design) that derived it, each with its data points, motors and lots.
 */
record ProposalEvidence(String specificationId, String limitKey, double proposedLimit, Double effectiveLimit,
                        double deadBand, String decision, List<TransferFunctionView> derivations,
                        List<String> motors, List<String> lots) {
}
