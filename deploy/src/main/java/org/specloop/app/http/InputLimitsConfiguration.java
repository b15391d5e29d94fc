package org.specloop.app.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.specloop.infrastructure.json.StrictScalars;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * What the application accepts as input, beyond each request's own rules: a size limit on every body,
 * how many reads and ingest requests run at once (ConcurrencyLimits), and a strict JSON reader. A duplicated
 * key is refused rather than letting the last one silently win (a client and a proxy could read different
 * values), a second document after the first is refused, and
 * nesting is capped. The event serializer copies this mapper, which is why nothing here relaxes or tightens
 * how stored events are read beyond what a well-formed event already satisfies.
 * <p>
 * A request body naming a field the endpoint does not know is refused (400 problem+json naming the field):
 * a typo such as "keMin" would otherwise be dropped and the request stored without it. Only the reader of
 * request bodies is this strict; stored events, tables and outgoing clients keep the lenient mapper, so an
 * event written by a newer version still reads.
 */
@Configuration
public class InputLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(InputLimits limits, ObjectMapper json) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits, json));
        registration.addUrlPatterns("/*");
        // before security and the body-buffering filters (idempotency, signing): nothing reads an oversized body
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After the size limit, before security: a request over its kind's limit waits before anything reads it. */
    @Bean
    FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(ConcurrencyLimits limits, MeterRegistry meters,
                                                                          ObjectMapper json) {
        FilterRegistrationBean<ConcurrencyLimitFilter> registration = new FilterRegistrationBean<>(
                new ConcurrencyLimitFilter(limits, Runtime.getRuntime().availableProcessors(), meters, json));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /**
     * The reader of request bodies: the application's mapper with strict scalars (a number sent as "12" is
     * refused, naming the field). A copy, so that the event serializer, which copies the application's
     * mapper, reads stored events as before.
     */
    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper json) {
        return new MappingJackson2HttpMessageConverter(StrictScalars.apply(json.copy()));
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictJsonInput(InputLimits limits) {
        return builder -> builder
                .featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxJsonDepth()).build()));
    }

    @Bean
    WebMvcConfigurer refuseUnknownRequestFields() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                // replaced, not reconfigured: the converter instances are shared with the HTTP clients' builders
                converters.replaceAll(converter -> converter.getClass() == MappingJackson2HttpMessageConverter.class
                        ? strict((MappingJackson2HttpMessageConverter) converter) : converter);
            }
        };
    }

    private static MappingJackson2HttpMessageConverter strict(MappingJackson2HttpMessageConverter lenient) {
        MappingJackson2HttpMessageConverter strict = new MappingJackson2HttpMessageConverter(
                lenient.getObjectMapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        strict.setSupportedMediaTypes(lenient.getSupportedMediaTypes());
        return strict;
    }
}
