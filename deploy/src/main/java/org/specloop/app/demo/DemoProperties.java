package org.specloop.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * specloop.demo.*: the opt-in demo data set.
 *
 * @param enabled load the demo data set (sources, specs, lots, measurements) through ordinary commands once
 *                the application is ready; a store that already holds it is left alone
 */
@ConfigurationProperties(DemoProperties.PREFIX)
public record DemoProperties(@DefaultValue("false") boolean enabled) {
    static final String PREFIX = "specloop.demo";
}
