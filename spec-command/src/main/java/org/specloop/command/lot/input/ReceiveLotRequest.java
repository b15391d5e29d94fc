package org.specloop.command.lot.input;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** POST /api/lots: a lot arrives; lotId is generated when the client has none. */
public record ReceiveLotRequest(String lotId, String supplierId, String partNumber, String grade, BigDecimal quantity,
                                Chain declaredChain, List<String> certificateReferences, Instant receivedAt) {

    public record Chain(List<Link> links, String custodyModel) {
    }

    /** custodyModel is optional: a link without one takes the chain's. */
    public record Link(String tier, String sourceId, String country, String custodyModel) {

        public Link(String tier, String sourceId, String country) {
            this(tier, sourceId, country, null);
        }
    }
}
