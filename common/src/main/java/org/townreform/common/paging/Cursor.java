package org.townreform.common.paging;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;

/**
 * Opaque page cursors. A cursor holds the key of the last item seen, sealed with AES-GCM (the JDK's authenticated
 * encryption) under a key built into the suite: a client can neither read the key in it nor make one by hand, and a
 * cursor typed, cut short or changed fails authentication and is refused (400 {@code INVALID_CURSOR}) rather than read
 * as some other key.
 * <p>
 * The sealing key is not a secret that guards data: every read checks the caller's scope whatever the cursor says. It
 * is the same in every replica and every release, so a cursor stays valid across restarts and load balancers.
 * <p>
 * The nonce is derived from the key (HMAC-SHA256 under a second built-in key, cut to 12 bytes) rather than drawn at
 * random: the same item always has the same cursor, whichever replica or gateway reads the page, so a page read twice
 * is the same answer (and keeps its ETag). Two different keys get different nonces (a collision of 96 HMAC bits), so
 * GCM's rule of one nonce per message is kept; what an observer learns is only that two cursors point at the same item.
 */
public final class Cursor {
    private static final byte VERSION = 2;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecretKeySpec KEY = new SecretKeySpec(
            Arrays.copyOf(sha256("org.townreform.common.paging.Cursor/v2"), 16), "AES");
    private static final SecretKeySpec NONCE_KEY = new SecretKeySpec(
            sha256("org.townreform.common.paging.Cursor/v2/nonce"), "HmacSHA256");

    private Cursor() {
    }

    public static String encode(String key) {
        byte[] plain = key.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(NONCE_KEY);
            byte[] nonce = Arrays.copyOf(mac.doFinal(plain), NONCE);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, KEY, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[]{VERSION});
            byte[] sealed = cipher.doFinal(plain);
            ByteBuffer out = ByteBuffer.allocate(1 + NONCE + sealed.length).put(VERSION).put(nonce).put(sealed);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The key in a cursor, {@code null} for no cursor; 400 {@code INVALID_CURSOR} when it was not made by us. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (raw.length <= 1 + NONCE + TAG_BITS / 8 || raw[0] != VERSION) {
            throw invalid();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, KEY, new GCMParameterSpec(TAG_BITS, raw, 1, NONCE));
            cipher.updateAAD(new byte[]{VERSION});
            byte[] key = cipher.doFinal(raw, 1 + NONCE, raw.length - 1 - NONCE);
            return new String(key, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw invalid();
        }
    }

    /** A decoded numeric key (an id); 400 when the cursor does not hold one. */
    public static Long decodeLong(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return null;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    static ProblemException invalid() {
        return Problems.badRequest("INVALID_CURSOR", "The cursor is not one this service gave out");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
