package org.specloop.readside.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Locale;

/**
 * Every list of the API also answers as CSV: chosen by {@code Accept: text/csv}, or by
 * {@code ?format=csv} for a browser link, which cannot set a header. The converter is appended, so
 * JSON stays the default and the first choice for clients that accept anything.
 */
@Configuration
public class CsvWebConfiguration implements WebMvcConfigurer {
    /** What an unknown format asks for: no converter writes it, so the answer is a 406 problem. */
    static final MediaType UNKNOWN_FORMAT = new MediaType("application", "x-unknown-format");

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
        negotiation.strategies(List.of(formatParameter(), new HeaderContentNegotiationStrategy()));
    }

    /**
     * ?format=csv or json; any other value is not acceptable. Spring's own parameter strategy throws
     * for an unknown value, and throws again while the 406 problem is written, leaving an empty body.
     */
    static ContentNegotiationStrategy formatParameter() {
        return request -> {
            String format = request.getParameter(CsvExport.FORMAT_PARAMETER);
            if (format == null) {
                return ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST;
            }
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> List.of(CsvExport.TEXT_CSV);
                case "json" -> List.of(MediaType.APPLICATION_JSON);
                default -> List.of(UNKNOWN_FORMAT);
            };
        };
    }
}
