package org.specloop.app.random;

import org.axonframework.common.IdentifierFactory;

import java.util.UUID;

/**
 * Axon's message and event identifiers: random (version 4) UUIDs, as Axon's default makes them, drawn from a
 * generator per thread (PerThreadRandom) instead of UUID.randomUUID()'s one shared generator, which every
 * processor, command and request thread queued for. Axon finds this class through
 * META-INF/services/org.axonframework.common.IdentifierFactory.
 */
public final class PerThreadUuids extends IdentifierFactory {
    private static final long VERSION_MASK = 0xFFFFFFFFFFFF0FFFL;
    private static final long VERSION_4 = 0x0000000000004000L;
    private static final long VARIANT_MASK = 0x3FFFFFFFFFFFFFFFL;
    private static final long VARIANT_IETF = 0x8000000000000000L;

    @Override
    public String generateIdentifier() {
        long high = (PerThreadRandom.nextLong() & VERSION_MASK) | VERSION_4;
        long low = (PerThreadRandom.nextLong() & VARIANT_MASK) | VARIANT_IETF;
        return new UUID(high, low).toString();
    }
}
