package org.townreform.common.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.microprofile.graphql.Description;

/**
 * 居民身份证号 (GB 11643-1999): 17 digits (6 address, 8 birth date, 3 sequence) and an ISO 7064 MOD 11-2 check character
 * (0-9 or X). Pure logic: parsing, checking, the facts derived from the number, and masking.
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /** Parses a number (a lower-case x is accepted and stored upper-case); throws with the reason when it is wrong. */
    public static ResidentIdNumber parse(String raw) {
        Optional<String> problem = problem(raw);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new ResidentIdNumber(raw.trim().toUpperCase());
    }

    public static boolean isValid(String raw) {
        return problem(raw).isEmpty();
    }

    /** What is wrong with the number, or empty when it is a valid resident ID number. */
    public static Optional<String> problem(String raw) {
        if (raw == null) {
            return Optional.of("is missing");
        }
        String s = raw.trim().toUpperCase();
        if (s.length() != 18) {
            return Optional.of("must have 18 characters, has " + s.length());
        }
        for (int i = 0; i < 17; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return Optional.of("the first 17 characters must be digits");
            }
        }
        char last = s.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("the check character must be a digit or X");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("the embedded birth date " + s.substring(6, 14) + " is not a real date");
        }
        if (birth.getYear() < 1900) {
            return Optional.of("the embedded birth date " + s.substring(6, 14) + " is before 1900");
        }
        char expected = checkCharacter(s.substring(0, 17));
        if (expected != last) {
            return Optional.of("the check character is wrong (GB 11643 MOD 11-2)");
        }
        return Optional.empty();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** The sequence code's last digit: odd for men, even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The first four and last four characters, the rest starred: {@code 4419**********123X}. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String number) {
        if (number == null || number.length() <= 8) {
            return number;
        }
        return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
    }

    /** The sex the number encodes (its 17th digit: odd for male, even for female). */
    @Description("Sex as encoded in the 居民身份证号 (its 17th digit: odd male, even female)")
    public enum Gender {
        @Description("Male (男): the 17th digit is odd")
        MALE, @Description("Female (女): the 17th digit is even")
        FEMALE
    }

    @Override
    public String toString() {
        return masked();
    }
}
