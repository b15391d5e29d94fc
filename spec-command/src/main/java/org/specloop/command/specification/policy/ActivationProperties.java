package org.specloop.command.specification.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * specloop.activation.*: future-dated approvals (RevisionActivationScheduler).
 *
 * @param pollInterval how often revisions approved with a later effective date are checked; one takes effect
 *                     up to this late
 */
@ConfigurationProperties("specloop.activation")
record ActivationProperties(@DefaultValue("10s") Duration pollInterval) {
}
