package org.openrcm.simulator.adjudication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Picks a share of claims or members the same way on every run and machine: a percentile in 0..99 from the
 * SHA-256 of a key and a salt, so "10 % of members have a secondary payer" always means the same members and a test
 * can ask which.
 */
public final class StableShare {

    private StableShare() {
    }

    /** @return 0 to 99, the same for the same key and salt */
    public static int percentile(String key, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + "|" + key).getBytes(StandardCharsets.UTF_8));
            int value = ((digest[0] & 0xff) << 16) | ((digest[1] & 0xff) << 8) | (digest[2] & 0xff);
            return value % 100;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has SHA-256", e);
        }
    }

    /** Whether {@code key} falls in the first {@code percent} percent under this salt. */
    public static boolean within(String key, String salt, int percent) {
        return percentile(key, salt) < percent;
    }
}
