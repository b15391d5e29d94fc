package org.specloop.app.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * specloop.http.*: how much a client may send. A request body larger than maxRequestSize (maxIngestRequestSize
 * for the NDJSON ingest batches) is refused with 413 before anything reads it; JSON nested deeper than
 * maxJsonDepth is refused by the parser, so neither a huge nor a deeply nested body can exhaust the heap or stack.
 *
 * @param maxRequestSize       largest request body of any endpoint but NDJSON ingest; larger is refused with 413
 * @param maxIngestRequestSize largest NDJSON ingest batch (POST /api/ingest/...); larger is refused with 413
 * @param maxJsonDepth         deepest nesting of objects and arrays a JSON body may have
 */
@ConfigurationProperties("specloop.http")
public record InputLimits(@DefaultValue("1MB") DataSize maxRequestSize,
                          @DefaultValue("16MB") DataSize maxIngestRequestSize,
                          @DefaultValue("64") int maxJsonDepth) {
}
