package org.specloop.ingest.transport.http;

import java.util.List;

/**
 * The answer to an NDJSON batch: how many lines were taken, how many were already known (a retried
 * batch answers with duplicates, not errors), and every refused line with its number and reason.
 */
record BatchAnswer(int accepted, int duplicates, List<RefusedLine> refused) {

    record RefusedLine(int line, String reason) {
    }
}
