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

    public static void main(String[] args) {
        SpringApplication.run(SpecLoopApplication.class, args);
    }
}
