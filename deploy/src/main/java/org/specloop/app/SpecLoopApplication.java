package org.specloop.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SpecLoop in one JVM: write side, read side and loop, on the embedded H2 store unless told otherwise. */
// SpecLoop is a resource server, never an authorization server: the tests' identity provider puts Spring
// Authorization Server on the test classpath, and its auto-configuration must not add a signing key and a
// JwtDecoder of its own to the application (security/oidc in the tests)
@SpringBootApplication(scanBasePackages = "org.specloop", excludeName = {
        "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"})
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
