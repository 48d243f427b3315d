package com.cocreation5r.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 link of the audit chain: each entry's hash covers the previous entry's hash and every
 * field of the entry in a fixed order. Each field is written with its length in front, so no
 * choice of values can make two different entries read alike; a missing value is written as
 * {@code ~}, distinct from an empty one.
 */
final class ChainHash {

    /** The "previous hash" of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(String previousHash, Object... fields) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, previousHash);
        for (Object field : fields) {
            append(canonical, field == null ? null : field.toString());
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void append(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append('~');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
        canonical.append('|');
    }
}
