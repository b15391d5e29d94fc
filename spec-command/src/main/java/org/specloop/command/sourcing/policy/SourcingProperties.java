package org.specloop.command.sourcing.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * specloop.sourcing.*: what the receipt check does with a lot that breaks its spec's sourcing rules
 * (docs/sourcing.md).
 *
 * @param onRuleBreach               HOLD the lot citing the broken rule, or REJECT it; any value but REJECT holds
 * @param rejectLotsOfRejectedChange reject the lots held for an engineering change when that change is rejected
 *                                   (otherwise they stay held)
 */
@ConfigurationProperties("specloop.sourcing")
record SourcingProperties(@DefaultValue("HOLD") String onRuleBreach,
                                 @DefaultValue("false") boolean rejectLotsOfRejectedChange) {

    public boolean rejectOnRuleBreach() {
        return "REJECT".equalsIgnoreCase(onRuleBreach.trim());
    }
}
