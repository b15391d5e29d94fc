package org.specloop.readside.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Every list of the API also answers as CSV: chosen by {@code Accept: text/csv}, or by
 * {@code ?format=csv} for a browser link, which cannot set a header. The converter is appended, so
 * JSON stays the default and the first choice for clients that accept anything.
 */
@Configuration
public class CsvWebConfiguration implements WebMvcConfigurer {
    private final ObjectMapper json;

    public CsvWebConfiguration(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvHttpMessageConverter(json));
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.favorParameter(true).parameterName(CsvExport.FORMAT_PARAMETER)
                .mediaType("csv", CsvExport.TEXT_CSV).mediaType("json", MediaType.APPLICATION_JSON);
    }
}
