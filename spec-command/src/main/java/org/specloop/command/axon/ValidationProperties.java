package org.specloop.command.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * specloop.validation.*: rules of the input checks every write path shares (REST, NDJSON, Kafka).
 *
 * @param clockSkew how far in the future a client-given instant of a past fact (a lot's receivedAt, a
 *                  measurement's measuredAt) may lie and still be accepted: clients' clocks differ from the
 *                  server's by seconds when synchronised, so minutes catch typos and wrong clocks only
 */
@ConfigurationProperties("specloop.validation")
public record ValidationProperties(@DefaultValue("5m") Duration clockSkew) {
}
