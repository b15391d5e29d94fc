package org.specloop.app.random;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes from a SecureRandom per thread, drawn a kilobyte at a time. The JDK's default one (NativePRNG) and
 * the one behind UUID.randomUUID() serialize every caller on one lock: in the plant benchmark's profile the
 * application's threads waited 40 s on it for Axon's message ids and 19 s for trace ids in one run of about a
 * minute. A DRBG instance per thread is seeded from the system's entropy like the shared one and is never shared,
 * so nobody waits. Each request to a DRBG costs several SHA-256 blocks whatever its length, and Axon asks for two
 * longs per message (every handler's result message too): 3 % of the application's CPU in the plant's load. A
 * buffer filled by one request costs one block per 32 bytes instead.
 */
public final class PerThreadRandom {
    private static final int BUFFER_BYTES = 1024;
    private static final ThreadLocal<PerThreadRandom> RANDOM = ThreadLocal.withInitial(PerThreadRandom::new);
    private final SecureRandom generator = create();
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int next = BUFFER_BYTES;

    private PerThreadRandom() {
    }

    /** Eight random bytes as a long. */
    public static long nextLong() {
        PerThreadRandom random = RANDOM.get();
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (random.nextByte() & 0xFF);
        }
        return value;
    }

    /** Fills the array with random bytes. */
    public static void nextBytes(byte[] bytes) {
        PerThreadRandom random = RANDOM.get();
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.nextByte();
        }
    }

    private byte nextByte() {
        if (next == BUFFER_BYTES) {
            generator.nextBytes(buffer);
            next = 0;
        }
        return buffer[next++];
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
