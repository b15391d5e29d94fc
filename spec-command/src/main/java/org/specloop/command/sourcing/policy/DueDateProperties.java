package org.specloop.command.sourcing.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * specloop.requalification.due.*: how the due dates of engineering changes are watched ({@link DueDateWatch}).
 *
 * @param pollInterval how often undecided engineering changes are checked for a passed due date; one is
 *                     escalated up to this late after the end of the day it was due (UTC)
 */
@ConfigurationProperties("specloop.requalification.due")
record DueDateProperties(@DefaultValue("1m") Duration pollInterval) {
}
