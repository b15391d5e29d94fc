package org.specloop.calculations.spc;

import java.util.Optional;

/** What the drift detector watches: run rules, and optionally CUSUM and EWMA. */
public record DriftConfig(RuleSet rules, Optional<CusumParameters> cusum, Optional<EwmaParameters> ewma) {

    public DriftConfig {
        if (rules == null || cusum == null || ewma == null) {
            throw new IllegalArgumentException("rules, cusum and ewma must not be null (use Optional.empty())");
        }
    }

    public static DriftConfig rulesOnly(RuleSet rules) {
        return new DriftConfig(rules, Optional.empty(), Optional.empty());
    }
}
