package org.townreform.fiscal.policy;

import java.time.LocalDate;
import java.util.List;

/** A policy version as the return computation sees it: which version, when it holds, and its rules in order. */
public record PolicyTerms(long policyId, int versionNo, String name, LocalDate validFrom, LocalDate validTo,
        List<SharingRule> rules) {

    public PolicyTerms {
        rules = List.copyOf(rules);
    }

    /** True when the version holds for the whole of {@code year} (versions span whole calendar years). */
    public boolean covers(int year) {
        return validFrom.getYear() <= year && (validTo == null || validTo.getYear() >= year);
    }

    public String describe() {
        return "policy #" + policyId + " version " + versionNo + " \"" + name + "\" (" + validFrom + " to "
                + (validTo == null ? "open" : validTo.toString()) + ")";
    }
}
