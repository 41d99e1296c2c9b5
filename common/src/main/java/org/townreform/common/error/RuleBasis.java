package org.townreform.common.error;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clause each business rule enforces, by problem code: a law's article ({@code 《中华人民共和国行政许可法》第三十二条})
 * or the pilot plan and section a rule comes from. Officials and applicants who are refused ask "says who?"; every
 * refusal answers with its basis ({@code basis} in problem+json, {@code extensions.basis} in GraphQL). Each service
 * registers its codes at start-up (its {@code RuleBases}); codes of validation, authentication and outages have none.
 */
public final class RuleBasis {
    private static final Map<String, String> BY_CODE = new ConcurrentHashMap<>();

    private RuleBasis() {
    }

    /** Records that refusals with {@code code} enforce {@code basis}. */
    public static void register(String code, String basis) {
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("A basis for " + code + " must say something");
        }
        BY_CODE.put(code, basis);
    }

    /** The basis registered for {@code code}, or {@code null} when the code enforces no business rule. */
    public static String of(String code) {
        return code == null ? null : BY_CODE.get(code);
    }
}
