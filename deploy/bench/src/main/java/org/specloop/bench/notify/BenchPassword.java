package org.specloop.bench.notify;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Prints a bcrypt hash of args[0] at cost args[1]. The scenario configures its users with cost 4
 * instead of the demo hashes' 10: every API call is HTTP Basic (one bcrypt check each, two for a
 * signature), and at cost 10 on the shared benchmark machine password checks, not notifications,
 * would set how long 1,000 approvals take. The notification latency is measured after the
 * approval response, so the cost does not enter it.
 */
public final class BenchPassword {
    public static void main(String[] args) {
        System.out.println(BCrypt.hashpw(args[0], BCrypt.gensalt(Integer.parseInt(args[1]))));
    }
}
