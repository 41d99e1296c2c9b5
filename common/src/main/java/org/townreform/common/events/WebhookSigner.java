package org.townreform.common.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures as the Standard Webhooks specification (standardwebhooks.com) has them: the signed content is
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, signed with HMAC-SHA256 under the subscription's secret
 * ({@code whsec_} and the base64 of 32 random bytes; the key is those bytes), and sent as {@code v1,<base64>} in
 * {@code webhook-signature}, several separated by spaces while two secrets are valid. Written by hand: the whole scheme
 * is one HMAC (the JDK's), and no Java library of it is published on Maven Central that we could rely on. Plain Java.
 */
public final class WebhookSigner {
    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSigner() {
    }

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code v1,<base64 HMAC-SHA256>} of the message under the secret. */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per secret given (nulls skipped). */
    public static String header(List<String> secrets, String id, long timestamp, byte[] body) {
        List<String> out = new ArrayList<>();
        for (String s : secrets) {
            if (s != null) {
                out.add(sign(s, id, timestamp, body));
            }
        }
        return String.join(" ", out);
    }

    /**
     * What a receiver does: true when one of the header's signatures is the message's under the secret (compared in
     * constant time). The receiver also refuses a timestamp far from its clock (replays); that is not checked here.
     */
    public static boolean verify(String secret, String id, long timestamp, byte[] body, String header) {
        byte[] expected = sign(secret, id, timestamp, body).getBytes(StandardCharsets.UTF_8);
        for (String given : header.split(" ")) {
            if (MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        String b64 = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(b64);
    }
}
