package org.specloop.app.random;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A SecureRandom per thread. The JDK's default one (NativePRNG) and the one behind UUID.randomUUID() serialize
 * every caller on one lock: in the plant benchmark's profile the application's threads waited 40 s on it for
 * Axon's message ids and 19 s for trace ids in one run of about a minute. A DRBG instance per thread is seeded
 * from the system's entropy like the shared one and is never shared, so nobody waits.
 */
public final class PerThreadRandom {
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(PerThreadRandom::create);

    private PerThreadRandom() {
    }

    public static SecureRandom current() {
        return RANDOM.get();
    }

    private static SecureRandom create() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException absent) {
            // every JDK since 9 has DRBG; a JDK without it still gets a working, if shared-state, generator
            return new SecureRandom();
        }
    }
}
