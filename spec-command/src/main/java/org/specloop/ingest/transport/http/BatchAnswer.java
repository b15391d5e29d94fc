package org.specloop.ingest.transport.http;

import java.util.List;

/**
 * The answer to an NDJSON batch: how many lines were taken, how many were already known (a retried
 * batch answers with duplicates, not errors), and every refused line with its number and reason.
 */
public record BatchAnswer(int accepted, int duplicates, List<RefusedLine> refused) {

    public record RefusedLine(int line, String reason) {
    }
}
