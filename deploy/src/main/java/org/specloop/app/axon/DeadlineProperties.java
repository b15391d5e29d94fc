package org.specloop.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * specloop.deadlines.*: the database scheduler that fires Axon deadlines (requalification due dates).
 *
 * @param pollInterval how often the scheduled_tasks table is read for due deadlines; a deadline fires up to
 *                     this late
 * @param threads      threads that run due deadlines
 */
@ConfigurationProperties("specloop.deadlines")
public record DeadlineProperties(@DefaultValue("10s") Duration pollInterval, @DefaultValue("2") int threads) {
}
