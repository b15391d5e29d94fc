package org.specloop.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.ZoneId;

/**
 * specloop.ui.*: the web workspace (docs/ui.md).
 *
 * @param zone         time zone every time is shown in (with its name), and in which an approval's
 *                     effective date starts
 * @param reviewPeriod how long after its proposal a spec revision is due for decision in the inbox
 * @param livePoll     how often the read side is checked for changes that open pages should show
 */
@ConfigurationProperties("specloop.ui")
public record UiProperties(@DefaultValue("UTC") ZoneId zone, @DefaultValue("5d") Duration reviewPeriod,
                           @DefaultValue("1s") Duration livePoll) {
}
