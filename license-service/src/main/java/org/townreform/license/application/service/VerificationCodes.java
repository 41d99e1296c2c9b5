package org.townreform.license.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Verification codes are kept only as SHA-256 hashes and compared in constant time. */
public final class VerificationCodes {
    private VerificationCodes() {
    }

    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.trim().toUpperCase().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String code, String storedHash) {
        if (code == null || code.isBlank() || code.length() > 64 || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(code).getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }
}
