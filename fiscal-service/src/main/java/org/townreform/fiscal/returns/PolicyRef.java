package org.townreform.fiscal.returns;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Type;
import org.townreform.fiscal.policy.PolicyTerms;

/** Which policy version a computation used. */
@Type("PolicyRef")
public record PolicyRef(long id, int versionNo, String name, LocalDate validFrom, LocalDate validTo) {

    public static PolicyRef of(PolicyTerms p) {
        return p == null ? null : new PolicyRef(p.policyId(), p.versionNo(), p.name(), p.validFrom(), p.validTo());
    }
}
