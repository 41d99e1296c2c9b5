package org.townreform.common.id;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@code 0-9 A-H J-N P-R T-U W-Y} (31 symbols, no I, O, S, V, Z), the
 * last a check character computed by the standard's weighted MOD 31.
 */
public final class UnifiedSocialCreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** What is wrong with the code, or empty when it is valid. */
    public static Optional<String> problem(String raw) {
        if (raw == null) {
            return Optional.of("is missing");
        }
        String s = raw.trim();
        if (s.length() != 18) {
            return Optional.of("must have 18 characters, has " + s.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return Optional.of("character '" + s.charAt(i) + "' at position " + (i + 1)
                        + " is not allowed (0-9 and upper-case letters except I, O, S, V, Z)");
            }
        }
        if (checkCharacter(s.substring(0, 17)) != s.charAt(17)) {
            return Optional.of("the check character is wrong (GB 32100 weighted MOD 31)");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
