package org.specloop.command.lot.conformance;

import java.util.List;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.Verdict;

/** The outcome of checking a lot against one revision: a result per limit and the lot verdict. */
public record LotEvaluation(List<CharacteristicResult> results, Verdict verdict) {

    public LotEvaluation {
        results = List.copyOf(results);
    }

    public List<CharacteristicResult> failures() {
        return results.stream().filter(r -> r.verdict() == Verdict.FAIL).toList();
    }
}
