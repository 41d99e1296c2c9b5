package org.townreform.fiscal.policy.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.towns.TownRegistry;
import org.townreform.common.version.Versions;
import org.townreform.fiscal.config.FiscalConfig;
import org.townreform.fiscal.policy.NewGrant;
import org.townreform.fiscal.policy.NewPolicy;
import org.townreform.fiscal.policy.NewRule;
import org.townreform.fiscal.policy.PolicyEnd;
import org.townreform.fiscal.policy.PolicyGrant;
import org.townreform.fiscal.policy.PolicyRule;
import org.townreform.fiscal.policy.PolicyRules;
import org.townreform.fiscal.policy.PolicyTerms;
import org.townreform.fiscal.policy.PolicyVersion;
import org.townreform.fiscal.policy.PolicyView;
import org.townreform.fiscal.policy.repository.PolicyGrantRepository;
import org.townreform.fiscal.policy.repository.PolicyRepository;
import org.townreform.fiscal.policy.repository.PolicyRuleRepository;
import org.townreform.fiscal.settlement.Settlement;
import org.townreform.fiscal.settlement.repository.SettlementRepository;
import org.townreform.fiscal.support.Locks;
import org.townreform.fiscal.support.Periods;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Sharing policies (SPEC §3.2): versions recorded by the county finance bureau, never overlapping. */
@ApplicationScoped
public class PolicyService {
    private final PolicyRepository policies;
    private final PolicyRuleRepository rules;
    private final PolicyGrantRepository grants;
    private final SettlementRepository settlements;
    private final Locks locks;
    private final TownRegistry towns;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;
    private final FiscalConfig config;

    public PolicyService(PolicyRepository policies, PolicyRuleRepository rules, PolicyGrantRepository grants,
            SettlementRepository settlements, Locks locks, TownRegistry towns, Caller caller, AuditLog audit,
            BusinessClock clock, FiscalConfig config) {
        this.policies = policies;
        this.rules = rules;
        this.grants = grants;
        this.settlements = settlements;
        this.locks = locks;
        this.towns = towns;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    @WithTransaction
    @RolesAllowed(Roles.COUNTY_FINANCE)
    public Uni<PolicyView> create(String townCode, NewPolicy in) {
        PolicyRules.check(in, config.miningRightsMinimumRate(), config.firstYear(), Periods.LAST_YEAR);
        return towns.requireRecorded(townCode)
                .chain(() -> locks.town(townCode))
                .chain(() -> policies.forTowns(List.of(townCode)))
                .chain(existing -> {
                    for (PolicyVersion p : existing) {
                        if (PolicyRules.overlap(p.validFrom, p.validTo, in.validFrom(), in.validTo())) {
                            throw Problems.conflict("POLICY_OVERLAP", "Town " + townCode + " already has version "
                                    + p.versionNo + " (#" + p.id + ") valid " + p.validFrom + " to "
                                    + (p.validTo == null ? "open" : p.validTo) + "; versions never overlap"
                                    + (p.validTo == null ? " (end it first)" : ""));
                        }
                    }
                    int versionNo = existing.stream().mapToInt(p -> p.versionNo).max().orElse(0) + 1;
                    return noSettledYear(townCode, in.validFrom().getYear(),
                            in.validTo() == null ? Periods.LAST_YEAR : in.validTo().getYear(),
                            "a new policy version cannot cover it").chain(() -> persist(townCode, versionNo, in));
                })
                .call(v -> audit.record("POLICY_CREATED", "PolicyVersion", v.id(), townCode, null, v));
    }

    private Uni<PolicyView> persist(String townCode, int versionNo, NewPolicy in) {
        PolicyVersion p = new PolicyVersion();
        p.townCode = townCode;
        p.versionNo = versionNo;
        p.name = in.name().trim();
        p.documentRef = blankToNull(in.documentRef());
        p.validFrom = in.validFrom();
        p.validTo = in.validTo();
        p.note = blankToNull(in.note());
        p.createdBy = caller.name();
        p.createdAt = clock.now();
        return policies.persistAndFlush(p).chain(saved -> {
            List<PolicyRule> ruleRows = new ArrayList<>();
            for (int i = 0; i < in.rules().size(); i++) {
                NewRule r = in.rules().get(i);
                PolicyRule row = new PolicyRule();
                row.policyId = saved.id;
                row.position = i + 1;
                row.kind = r.kind();
                row.categories = String.join(",", r.categories().stream().map(Enum::name).toList());
                row.rate = switch (r.kind()) {
                    case FULL_RETURN -> java.math.BigDecimal.ONE.setScale(4);
                    case PER_UNIT -> null;
                    default -> r.rate().setScale(4);
                };
                row.baseline = r.baseline() == null ? null : r.baseline().setScale(2);
                row.baseYear = r.baseYear();
                row.unitAmount = r.unitAmount() == null ? null : r.unitAmount().setScale(2);
                row.earmark = blankToNull(r.earmark());
                row.label = blankToNull(r.label());
                ruleRows.add(row);
            }
            List<PolicyGrant> grantRows = new ArrayList<>();
            for (NewGrant g : in.grants() == null ? List.<NewGrant>of() : in.grants()) {
                PolicyGrant row = new PolicyGrant();
                row.policyId = saved.id;
                row.year = g.year();
                row.amount = g.amount().setScale(2);
                row.purpose = g.purpose().trim();
                grantRows.add(row);
            }
            return rules.persist(ruleRows)
                    .chain(() -> grantRows.isEmpty() ? Uni.createFrom().voidItem() : grants.persist(grantRows))
                    .chain(() -> rules.flush())
                    .map(x -> PolicyView.of(saved, ruleRows, grantRows));
        });
    }

    /** Ends a version on the last day of an earlier month (never later: a longer span is a new version). */
    @WithTransaction
    @RolesAllowed(Roles.COUNTY_FINANCE)
    public Uni<PolicyView> end(String townCode, long id, String ifMatch, PolicyEnd in) {
        long expected = Versions.expected(ifMatch, in.version());
        return locks.town(townCode).chain(() -> require(townCode, id)).chain(p -> {
            Versions.check("Policy version", id, expected, p.version);
            PolicyRules.checkSpan(p.validFrom, in.validTo(), config.firstYear(), Periods.LAST_YEAR);
            if (p.validTo != null && !in.validTo().isBefore(p.validTo)) {
                throw Problems.unprocessable("POLICY_END_NOT_EARLIER", "Version " + p.versionNo + " already ends "
                        + p.validTo + "; ending it can only make it shorter (a longer span is a new version)");
            }
            int firstRemoved = in.validTo().plusDays(1).getYear();
            int lastRemoved = p.validTo == null ? Periods.LAST_YEAR : p.validTo.getYear();
            return noSettledYear(townCode, firstRemoved, lastRemoved, "the policy cannot be taken from it")
                    .chain(() -> view(p)).chain(before -> {
                        p.validTo = in.validTo();
                        p.endReason = in.reason().trim();
                        return policies.flush().chain(() -> view(p))
                                .call(after -> audit.record("POLICY_ENDED", "PolicyVersion", id, townCode, before,
                                        after));
                    });
        });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<Page<PolicyView>> list(String townCode, PageRequest page) {
        caller.requireTown(townCode);
        return policies.page(townCode, page.afterId(), page.fetchSize())
                .chain(rows -> views(rows).map(v -> Page.of(v, page.limit(), p -> String.valueOf(p.id()))));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_FINANCE, Roles.SUPERVISOR})
    public Uni<PolicyView> get(String townCode, long id) {
        caller.requireTown(townCode);
        return require(townCode, id).chain(this::view);
    }

    /** The versions of these towns as the computation reads them, by town. */
    public Uni<Map<String, List<PolicyTerms>>> termsFor(List<String> towns) {
        return policies.forTowns(towns).chain(versions -> rules.forPolicies(versions.stream().map(p -> p.id).toList())
                .map(ruleRows -> {
                    Map<Long, List<PolicyRule>> byPolicy = ruleRows.stream()
                            .collect(Collectors.groupingBy(r -> r.policyId));
                    return versions.stream().collect(Collectors.groupingBy(p -> p.townCode,
                            Collectors.mapping(p -> PolicyView.terms(p, byPolicy.getOrDefault(p.id, List.of())),
                                    Collectors.toList())));
                }));
    }

    /** Grants of these towns' versions, by town. */
    public Uni<Map<String, List<PolicyView.Grant>>> grantsFor(List<String> towns) {
        return policies.forTowns(towns).chain(versions -> {
            Map<Long, String> townOf = versions.stream().collect(Collectors.toMap(p -> p.id, p -> p.townCode));
            return grants.forPolicies(townOf.keySet()).map(rows -> rows.stream().collect(Collectors.groupingBy(
                    g -> townOf.get(g.policyId), Collectors.mapping(PolicyView.Grant::of, Collectors.toList()))));
        });
    }

    private Uni<PolicyVersion> require(String townCode, long id) {
        return policies.findById(id).map(p -> {
            if (p == null || !p.townCode.equals(townCode)) {
                throw Problems.notFound("Policy version", id + " of town " + townCode);
            }
            return p;
        });
    }

    private Uni<Void> noSettledYear(String townCode, int fromYear, int toYear, String why) {
        return settlements.settledIn(List.of(townCode), fromYear, toYear).invoke(settled -> {
            if (!settled.isEmpty()) {
                Settlement s = settled.get(0);
                throw Problems.conflict("PERIOD_CLOSED",
                        "The year " + s.year + " of town " + townCode + " is settled: " + why + ". Reopen it first.");
            }
        }).replaceWithVoid();
    }

    private Uni<PolicyView> view(PolicyVersion p) {
        return views(List.of(p)).map(v -> v.get(0));
    }

    private Uni<List<PolicyView>> views(List<PolicyVersion> rows) {
        List<Long> ids = rows.stream().map(p -> p.id).toList();
        return rules.forPolicies(ids).chain(ruleRows -> grants.forPolicies(ids).map(grantRows -> {
            Map<Long, List<PolicyRule>> r = ruleRows.stream().collect(Collectors.groupingBy(x -> x.policyId));
            Map<Long, List<PolicyGrant>> g = grantRows.stream().collect(Collectors.groupingBy(x -> x.policyId));
            return rows.stream().map(p -> PolicyView.of(p, r.getOrDefault(p.id, List.of()),
                    g.getOrDefault(p.id, List.of()))).toList();
        }));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
