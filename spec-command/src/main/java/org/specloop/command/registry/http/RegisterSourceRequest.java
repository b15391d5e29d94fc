package org.specloop.command.registry.http;

import java.util.List;

/** POST /api/sources: a node of the chain; sourceId is generated when the client has none. */
record RegisterSourceRequest(String sourceId, String name, String tier, String country, List<String> suppliesTo,
                                    List<CertificateRequest> certificates) {
}
