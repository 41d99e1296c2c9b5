package org.townreform.fiscal.returns;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.policy.PolicyTerms;

/** Which policy version a computation used. */
@Type("PolicyRef")
@Description("The policy version (返还政策) a computation used: which one and when it holds")
public record PolicyRef(
        @Description("Id of the policy version (Policy.id)") long id,
        @Description("The version's number within its town: 1 for the first recorded") int versionNo,
        @Description("The policy's name as recorded") @Schema(example = "演示：石龙镇简政强镇财政分成（虚构）") String name,
        @Description("First day the version holds: the 1st of a month") LocalDate validFrom,
        @Description("Last day the version holds: the last day of a month; null for open-ended") LocalDate validTo) {

    public static PolicyRef of(PolicyTerms p) {
        return p == null ? null : new PolicyRef(p.policyId(), p.versionNo(), p.name(), p.validFrom(), p.validTo());
    }
}
