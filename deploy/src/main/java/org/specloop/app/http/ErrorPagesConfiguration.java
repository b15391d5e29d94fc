package org.specloop.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors that no controller answers are problem+json too: the /error controller for what reaches the
 * servlet container's error page, and Tomcat's error report for what Tomcat refuses itself.
 */
@Configuration
public class ErrorPagesConfiguration {

    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                                                  ObjectProvider<ErrorViewResolver> resolvers, ObjectMapper json) {
        return new ProblemErrorController(errorAttributes, server, resolvers.orderedStream().toList(), json);
    }

    /** Replaces the host's HTML error report (Spring Boot adds one) with the problem+json one. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        });
    }
}
