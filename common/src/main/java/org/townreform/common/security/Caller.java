package org.townreform.common.security;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.townreform.common.error.ProblemException;
import org.townreform.common.error.Problems;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: roles from the token's {@code groups}, and the {@code town} and {@code dept} claims that scope a town
 * user to one town and a department officer to one department (SPEC §1, Security).
 */
@RequestScoped
public class Caller {
    public static final String TOWN_CLAIM = "town";
    public static final String DEPT_CLAIM = "dept";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean authenticated() {
        return identity != null && !identity.isAnonymous();
    }

    public String name() {
        if (!authenticated()) {
            return "anonymous";
        }
        String preferred = jwt == null ? null : jwt.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return authenticated() ? new TreeSet<>(identity.getRoles()) : Set.of();
    }

    public boolean has(String role) {
        return authenticated() && identity.hasRole(role);
    }

    public boolean hasAny(String... roles) {
        for (String r : roles) {
            if (has(r)) {
                return true;
            }
        }
        return false;
    }

    public Optional<String> townClaim() {
        return claim(TOWN_CLAIM);
    }

    public Optional<String> deptClaim() {
        return claim(DEPT_CLAIM);
    }

    private Optional<String> claim(String name) {
        if (jwt == null || !authenticated()) {
            return Optional.empty();
        }
        Object v = jwt.getClaim(name);
        if (v == null) {
            return Optional.empty();
        }
        String s = v.toString().replace("\"", "").trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** True when the caller acts for one town only: town roles and no county-wide role. */
    public boolean townScoped() {
        return Roles.TOWN_ROLES.stream().anyMatch(this::has) && Roles.COUNTY_ROLES.stream().noneMatch(this::has);
    }

    /** The only town a town-scoped caller may see; empty for county-wide callers. */
    public Optional<String> townScope() {
        if (!townScoped()) {
            return Optional.empty();
        }
        return Optional.of(townClaim().orElseThrow(() -> Problems.forbidden("MISSING_TOWN_CLAIM",
                "A town role needs a 'town' claim naming the town")));
    }

    /** Refuses (403) a town-scoped caller asking for another town's data. */
    public void requireTown(String townCode) {
        Optional<String> scope = townScope();
        if (scope.isPresent() && !scope.get().equals(townCode)) {
            throw outOfScope(townCode);
        }
    }

    /** True when this caller may see the given town's data at all. */
    public boolean canSeeTown(String townCode) {
        Optional<String> scope = townScope();
        return scope.isEmpty() || scope.get().equals(townCode);
    }

    /** A department officer's department; 403 when the claim is missing. */
    public String requireDept() {
        return deptClaim().orElseThrow(() -> Problems.forbidden("MISSING_DEPT_CLAIM",
                "The dept-officer role needs a 'dept' claim naming the department"));
    }

    public static ProblemException outOfScope(String townCode) {
        return Problems.forbidden("TOWN_OUT_OF_SCOPE", "Your token does not give access to town " + townCode);
    }

    /** A short summary of roles for audit records. */
    public String roleSummary() {
        return String.join(",", roles());
    }

    /** Refuses (403) unless the caller holds one of the roles. */
    public void requireAny(String... roles) {
        if (!hasAny(roles)) {
            throw Problems.forbidden("FORBIDDEN", "This operation needs one of the roles " + String.join(", ", roles));
        }
    }
}
