package org.townreform.license.agreement.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.townreform.license.agreement.AgreementAction;
import org.townreform.license.agreement.AgreementChange;
import org.townreform.license.agreement.AgreementItem;
import org.townreform.license.agreement.AgreementMode;
import org.townreform.license.agreement.AgreementRules;
import org.townreform.license.agreement.AgreementStatus;
import org.townreform.license.agreement.AgreementStatusChange;
import org.townreform.license.agreement.AgreementView;
import org.townreform.license.agreement.DelegationAgreement;
import org.townreform.license.agreement.NewAgreement;
import org.townreform.license.agreement.repository.AgreementItemRepository;
import org.townreform.license.agreement.repository.AgreementRepository;
import org.townreform.license.agreement.repository.AgreementStatusChangeRepository;
import org.townreform.license.catalogue.CatalogueItem;
import org.townreform.license.catalogue.repository.CatalogueItemRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Delegation agreements (SPEC §4.2): a department's officer records, suspends, revokes and reinstates its own department's
 * agreements; everyone reads them within their scope. Also answers the authority rule (严禁超越权限) for applications.
 */
@ApplicationScoped
public class AgreementService {
    private final AgreementRepository agreements;
    private final AgreementItemRepository agreementItems;
    private final AgreementStatusChangeRepository changes;
    private final CatalogueItemRepository items;
    private final TownRegistry towns;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;

    public AgreementService(AgreementRepository agreements, AgreementItemRepository agreementItems,
            AgreementStatusChangeRepository changes, CatalogueItemRepository items, TownRegistry towns, Caller caller,
            AuditLog audit, BusinessClock clock) {
        this.agreements = agreements;
        this.agreementItems = agreementItems;
        this.changes = changes;
        this.items = items;
        this.towns = towns;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<Page<AgreementView>> list(PageRequest page, String town, String department, LocalDate asOf) {
        String scope = caller.townScope().orElse(null);
        if (scope != null && town != null && !scope.equals(town)) {
            throw Caller.outOfScope(town);
        }
        String onlyTown = scope != null ? scope : town;
        return agreements.page(page.afterId(), onlyTown, department, page.fetchSize())
                .flatMap(rows -> views(rows, clock.asOf(asOf)))
                .map(views -> Page.of(views, page.limit(), v -> String.valueOf(v.id())));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<AgreementView> get(long id, LocalDate asOf) {
        return require(id).flatMap(a -> view(a, clock.asOf(asOf)));
    }

    /** The agreement, 404 when unknown, 403 when out of the caller's town scope. */
    public Uni<DelegationAgreement> require(long id) {
        return agreements.findById(id).map(a -> {
            if (a == null) {
                throw Problems.notFound("Agreement", id);
            }
            caller.requireTown(a.townCode);
            return a;
        });
    }

    @WithTransaction
    @RolesAllowed(Roles.DEPT_OFFICER)
    public Uni<AgreementView> create(NewAgreement in) {
        requireOwnDepartment(in.department());
        if (in.validTo().isBefore(in.validFrom())) {
            throw Problems.invalid("validTo", "must not be before validFrom");
        }
        Set<String> codes = new LinkedHashSet<>(in.itemCodes().stream().map(String::trim).toList());
        return towns.requireRecorded(in.townCode()).chain(() -> items.byCodes(codes)).flatMap(found -> {
            Map<String, CatalogueItem> byCode = found.stream().collect(Collectors.toMap(i -> i.code, i -> i));
            List<String> unknown = codes.stream().filter(c -> !byCode.containsKey(c)).toList();
            if (!unknown.isEmpty()) {
                throw Problems.unprocessable("ITEM_UNKNOWN", "No catalogue items " + unknown);
            }
            List<String> foreign = found.stream().filter(i -> !i.department.equals(in.department()))
                    .map(i -> i.code + " (" + i.department + ")").toList();
            if (!foreign.isEmpty()) {
                throw Problems.unprocessable("ITEM_NOT_OF_DEPARTMENT",
                        in.department() + " cannot delegate items of another department: " + foreign);
            }
            return agreements.coveringAny(in.townCode(), codes).flatMap(existing -> checkOverlap(in, codes, existing))
                    .flatMap(x -> {
                        DelegationAgreement a = new DelegationAgreement();
                        a.reference = in.reference().trim();
                        a.department = in.department();
                        a.townCode = in.townCode();
                        a.townName = in.townName().trim();
                        a.mode = in.mode();
                        a.validFrom = in.validFrom();
                        a.validTo = in.validTo();
                        a.sealName = in.sealName().trim();
                        a.sealNumber = in.sealNumber();
                        a.status = AgreementStatus.ACTIVE;
                        a.source = "API";
                        a.createdAt = clock.now();
                        a.createdBy = caller.name();
                        return agreements.persistAndFlush(a).flatMap(saved -> {
                            Uni<Void> chain = Uni.createFrom().voidItem();
                            for (String code : codes) {
                                AgreementItem ai = new AgreementItem();
                                ai.agreementId = a.id;
                                ai.itemCode = code;
                                chain = chain.flatMap(y -> agreementItems.persist(ai).replaceWithVoid());
                            }
                            return chain.flatMap(y -> agreementItems.flush());
                        }).flatMap(y -> view(a, clock.today()))
                                .call(v -> audit.record("AGREEMENT_CREATED", "DelegationAgreement", a.id, a.townCode,
                                        null, v));
                    });
        });
    }

    /** An agreement for the same town covering one of the same items over an overlapping period: 409. */
    private Uni<Void> checkOverlap(NewAgreement in, Set<String> codes, List<DelegationAgreement> existing) {
        List<DelegationAgreement> candidates = existing.stream()
                .filter(e -> e.status != AgreementStatus.REVOKED)
                .filter(e -> AgreementRules.overlap(e.validFrom, e.validTo, in.validFrom(), in.validTo()))
                .toList();
        if (candidates.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return agreementItems.ofAgreements(candidates.stream().map(e -> e.id).toList()).map(rows -> {
            List<String> clash = rows.stream().filter(r -> codes.contains(r.itemCode))
                    .map(r -> r.itemCode + " (agreement " + r.agreementId + ")").distinct().toList();
            if (!clash.isEmpty()) {
                throw Problems.conflict("AGREEMENT_OVERLAP", "Town " + in.townCode()
                        + " already holds a valid agreement for these items over an overlapping period: " + clash);
            }
            return null;
        });
    }

    @WithTransaction
    @RolesAllowed(Roles.DEPT_OFFICER)
    public Uni<AgreementView> act(long id, AgreementAction action, AgreementChange in, String ifMatch) {
        AgreementChange change = in == null ? new AgreementChange(null, null, null) : in;
        LocalDate date = clock.actionDate(change.date());
        return require(id).flatMap(a -> {
            requireOwnDepartment(a.department);
            if (ifMatch != null || change.version() != null) {
                Versions.check("Agreement", id, Versions.expected(ifMatch, change.version()), a.version);
            }
            AgreementStatus to = action.from(a.status)
                    .orElseThrow(() -> Problems.illegalTransition("Agreement", a.status, action.path()));
            if (a.statusChangedOn != null && date.isBefore(a.statusChangedOn)) {
                throw Problems.unprocessable("DATE_BEFORE_LAST_CHANGE", "The agreement's status last changed on "
                        + a.statusChangedOn + "; a later change cannot be dated " + date);
            }
            if (action != AgreementAction.REVOKE && date.isAfter(a.validTo)) {
                throw Problems.illegalTransition("Agreement", AgreementStatus.EXPIRED, action.path());
            }
            return view(a, date).flatMap(before -> {
                a.status = to;
                a.statusReason = change.reason();
                a.statusChangedOn = date;
                AgreementStatusChange c = new AgreementStatusChange();
                c.agreementId = a.id;
                c.status = to;
                c.effectiveDate = date;
                c.reason = change.reason();
                c.recordedBy = caller.name();
                c.recordedAt = clock.now();
                return changes.persist(c).flatMap(x -> agreements.flush())
                        .flatMap(x -> view(a, clock.today()))
                        .call(after -> audit.record("AGREEMENT_" + AgreementStatus.changeTo(to), "DelegationAgreement", a.id,
                                a.townCode,
                                before, after));
            });
        });
    }

    /**
     * The authority rule (严禁超越权限): the agreement of the town that covers the item and is ACTIVE on {@code day}; 403
     * {@code BEYOND_DELEGATED_AUTHORITY} when there is none. Runs in the caller's session.
     */
    public Uni<DelegationAgreement> requireInForce(String town, String itemCode, LocalDate day, String act) {
        return agreements.covering(town, itemCode).flatMap(candidates -> changes
                .ofAgreements(candidates.stream().map(a -> a.id).toList()).map(all -> {
                    Map<Long, List<AgreementRules.Change>> byAgreement = all.stream().collect(
                            Collectors.groupingBy(c -> c.agreementId,
                                    Collectors.mapping(AgreementStatusChange::rule, Collectors.toList())));
                    List<String> seen = new ArrayList<>();
                    for (DelegationAgreement a : candidates) {
                        AgreementStatus s = AgreementRules.statusOn(day, a.validFrom, a.validTo,
                                byAgreement.getOrDefault(a.id, List.of()));
                        if (s == AgreementStatus.ACTIVE) {
                            return a;
                        }
                        seen.add("agreement " + a.reference + " is " + s + " on " + day);
                    }
                    throw Problems.forbidden("BEYOND_DELEGATED_AUTHORITY", "Town " + town + " may not " + act
                            + " item " + itemCode + " on " + day + ": no ACTIVE delegation agreement covers it"
                            + (seen.isEmpty() ? "" : " (" + String.join("; ", seen) + ")"));
                }));
    }

    /** Items each town may act on, on {@code day} (for the licensing views); towns without any are absent. */
    public Uni<Map<String, Set<String>>> itemsInForce(List<String> towns, LocalDate day) {
        return agreements.ofTowns(towns).flatMap(rows -> {
            List<Long> ids = rows.stream().map(a -> a.id).toList();
            return changes.ofAgreements(ids).flatMap(all -> agreementItems.ofAgreements(ids).map(itemRows -> {
                Map<Long, List<AgreementRules.Change>> byAgreement = all.stream().collect(Collectors.groupingBy(
                        c -> c.agreementId, Collectors.mapping(AgreementStatusChange::rule, Collectors.toList())));
                Map<Long, List<String>> codes = itemRows.stream().collect(Collectors.groupingBy(r -> r.agreementId,
                        Collectors.mapping(r -> r.itemCode, Collectors.toList())));
                Map<String, Set<String>> out = new java.util.HashMap<>();
                for (DelegationAgreement a : rows) {
                    if (AgreementRules.inForce(day, a.validFrom, a.validTo, byAgreement.getOrDefault(a.id, List.of()))) {
                        out.computeIfAbsent(a.townCode, t -> new HashSet<>()).addAll(codes.getOrDefault(a.id, List.of()));
                    }
                }
                return out;
            }));
        });
    }

    /** Whose name a decision under the agreement is issued in. */
    public static String issuesInNameOf(DelegationAgreement a) {
        return a.mode == AgreementMode.ENTRUSTED ? a.department : a.townName;
    }

    private void requireOwnDepartment(String department) {
        String mine = caller.requireDept();
        if (!mine.equals(department)) {
            throw Problems.forbidden("DEPARTMENT_OUT_OF_SCOPE",
                    "Your token is for " + mine + "; agreements of " + department + " are not yours to manage");
        }
    }

    private Uni<AgreementView> view(DelegationAgreement a, LocalDate asOf) {
        return views(List.of(a), asOf).map(v -> v.get(0));
    }

    private Uni<List<AgreementView>> views(List<DelegationAgreement> rows, LocalDate asOf) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Long> ids = rows.stream().map(a -> a.id).toList();
        return changes.ofAgreements(ids).flatMap(all -> agreementItems.ofAgreements(ids).map(itemRows -> {
            Map<Long, List<AgreementStatusChange>> history = all.stream()
                    .collect(Collectors.groupingBy(c -> c.agreementId));
            Map<Long, List<String>> codes = itemRows.stream().collect(Collectors.groupingBy(r -> r.agreementId,
                    Collectors.mapping(r -> r.itemCode, Collectors.toList())));
            return rows.stream().map(a -> {
                List<AgreementStatusChange> h = history.getOrDefault(a.id, List.of());
                AgreementStatus status = AgreementRules.statusOn(asOf, a.validFrom, a.validTo,
                        h.stream().map(AgreementStatusChange::rule).toList());
                return new AgreementView(a.id, a.reference, a.department, a.townCode, a.townName, a.mode, a.validFrom,
                        a.validTo, a.sealName, a.sealNumber, status, a.statusReason, a.statusChangedOn,
                        issuesInNameOf(a), codes.getOrDefault(a.id, List.of()),
                        h.stream().map(c -> new AgreementView.StatusChangeView(c.status, c.effectiveDate, c.reason,
                                c.recordedBy)).toList(),
                        asOf, a.version);
            }).toList();
        }));
    }
}
