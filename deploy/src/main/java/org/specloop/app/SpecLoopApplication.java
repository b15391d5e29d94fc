package org.specloop.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SpecLoop in one JVM: write side, read side and loop, on the embedded H2 store unless told otherwise. */
@SpringBootApplication(scanBasePackages = "org.specloop")
@ConfigurationPropertiesScan("org.specloop")
@EnableScheduling
public class SpecLoopApplication {
    private static final String AXON_UPDATE_CHECK = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        // production sites run without internet access; Axon's usage report would only log failures
        if (System.getProperty(AXON_UPDATE_CHECK) == null) {
            System.setProperty(AXON_UPDATE_CHECK, "true");
        }
        SpringApplication.run(SpecLoopApplication.class, args);
    }
}
