package org.townreform.personnel.unit.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.version.Versions;
import org.townreform.personnel.appointment.PostHolding;
import org.townreform.personnel.appointment.repository.PostHoldingRepository;
import org.townreform.personnel.person.StaffType;
import org.townreform.personnel.staffing.Registration;
import org.townreform.personnel.staffing.RegistrationEndReason;
import org.townreform.personnel.staffing.StaffingRules;
import org.townreform.personnel.staffing.repository.RegistrationRepository;
import org.townreform.personnel.support.Text;
import org.townreform.personnel.town.Town;
import org.townreform.personnel.town.repository.TownRepository;
import org.townreform.personnel.town.service.TownService;
import org.townreform.personnel.unit.NewUnit;
import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.QuotaHistory;
import org.townreform.personnel.unit.UnitAbolition;
import org.townreform.personnel.unit.UnitKind;
import org.townreform.personnel.unit.UnitMerge;
import org.townreform.personnel.unit.UnitQuota;
import org.townreform.personnel.unit.UnitRef;
import org.townreform.personnel.unit.UnitRules;
import org.townreform.personnel.unit.UnitStatus;
import org.townreform.personnel.unit.UnitUpdate;
import org.townreform.personnel.unit.UnitView;
import org.townreform.personnel.unit.repository.OrgUnitRepository;
import org.townreform.personnel.unit.repository.UnitQuotaRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Organisation units (SPEC §2.2). Towns set up and change their units (town-clerk, town-leader) within the limits; the
 * county organisation department may do the same for any town. Offices and bureaus are counted against the town's limit
 * under a lock on the town's row, so two simultaneous creations cannot both take the last place.
 */
@ApplicationScoped
public class UnitService {
    private final OrgUnitRepository units;
    private final TownRepository townRows;
    private final TownService towns;
    private final RegistrationRepository registrations;
    private final PostHoldingRepository posts;
    private final UnitQuotaRepository quotaRows;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;

    public UnitService(OrgUnitRepository units, TownRepository townRows, TownService towns,
            RegistrationRepository registrations, PostHoldingRepository posts, UnitQuotaRepository quotaRows,
            Caller caller, AuditLog audit, BusinessClock clock) {
        this.units = units;
        this.townRows = townRows;
        this.towns = towns;
        this.registrations = registrations;
        this.posts = posts;
        this.quotaRows = quotaRows;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** The unit, checked to exist (404) and to be of a town the caller may see (403). */
    public Uni<OrgUnit> require(long id) {
        return units.findById(id).map(u -> checked(u, id));
    }

    /** The same, with the unit's row locked until the transaction ends. */
    public Uni<OrgUnit> requireLocked(long id) {
        return units.lock(id).map(u -> checked(u, id));
    }

    private OrgUnit checked(OrgUnit u, long id) {
        if (u == null) {
            throw Problems.notFound("Unit", id);
        }
        caller.requireTown(u.townCode);
        return u;
    }

    public static void requireActive(OrgUnit u) {
        if (u.status != UnitStatus.ACTIVE) {
            throw Problems.conflict("UNIT_NOT_ACTIVE", "Unit " + u.id + " (" + u.name + ") is " + u.status);
        }
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<Page<UnitView>> list(String townCode, String q, UnitKind kind, UnitStatus status, PageRequest page) {
        String pattern = Text.trimToNull(q) == null ? null : Text.containsPattern(q);
        return towns.require(townCode)
                .flatMap(t -> units.page(townCode, pattern, kind, status, page.afterId(), page.fetchSize()))
                .flatMap(this::views)
                .map(v -> Page.of(v, page.limit(), u -> String.valueOf(u.id())));
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<UnitView> get(long id) {
        return require(id).flatMap(this::view);
    }

    /** Several units at once, in the order asked; {@code null} for unknown ids and units of towns out of scope. */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<List<UnitView>> getMany(List<Long> ids) {
        return units.byIds(new HashSet<>(ids))
                .map(rows -> rows.stream().filter(u -> caller.canSeeTown(u.townCode)).toList())
                .flatMap(this::views)
                .map(views -> {
                    Map<Long, UnitView> byId = views.stream().collect(Collectors.toMap(UnitView::id, v -> v));
                    List<UnitView> out = new ArrayList<>();
                    ids.forEach(id -> out.add(byId.get(id)));
                    return out;
                });
    }

    /**
     * The active units of several towns at once, one list a town in the order asked (by kind, then name); an empty list
     * for towns out of the caller's scope.
     */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<List<List<UnitView>>> activeOfTowns(List<String> townCodes) {
        List<String> visible = townCodes.stream().filter(caller::canSeeTown).distinct().toList();
        return units.activeOfTowns(visible).flatMap(this::views).map(views -> {
            Map<String, List<UnitView>> byTown = new HashMap<>();
            views.stream()
                    .sorted(Comparator.comparing((UnitView u) -> u.kind().ordinal()).thenComparing(UnitView::name))
                    .forEach(u -> byTown.computeIfAbsent(u.townCode(), k -> new ArrayList<>()).add(u));
            return townCodes.stream().map(code -> byTown.getOrDefault(code, List.of())).toList();
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<UnitView> create(String townCode, NewUnit in) {
        UnitRules.checkShape(in.kind(), Text.trimToNull(in.rank()), in.managementMode(),
                Text.trimToNull(in.superiorDepartment()), in.coLocatedWithId(), in.staffSets());
        caller.requireTown(townCode);
        LocalDate established = in.establishedOn() == null ? null : clock.actionDate(in.establishedOn());
        // A unit recorded without the day it was set up takes its place among the offices from today on.
        LocalDate effective = established == null ? clock.today() : established;
        return lockTown(townCode)
                .call(t -> checkName(townCode, in.name().trim(), null))
                .call(t -> in.kind().countsAsOffice()
                        ? checkOfficeLimit(t, effective, null)
                        : Uni.createFrom().voidItem())
                .call(t -> checkCoLocation(townCode, null, in.coLocatedWithId()))
                .flatMap(t -> {
                    OrgUnit u = new OrgUnit();
                    u.townCode = townCode;
                    u.name = in.name().trim();
                    u.kind = in.kind();
                    u.nameplateList(cleanNameplates(in.nameplates()));
                    u.superiorDepartment = Text.trimToNull(in.superiorDepartment());
                    u.managementMode = in.managementMode();
                    u.coLocatedWithId = in.coLocatedWithId();
                    u.staffSets = in.staffSets();
                    u.administrativeQuota = in.administrativeQuota() == null ? 0 : in.administrativeQuota();
                    u.institutionQuota = in.institutionQuota() == null ? 0 : in.institutionQuota();
                    u.leadershipPosts = in.leadershipPosts() == null ? 0 : in.leadershipPosts();
                    u.rank = Text.trimToNull(in.rank());
                    u.note = Text.trimToNull(in.note());
                    u.status = UnitStatus.ACTIVE;
                    u.establishedOn = established;
                    u.createdAt = clock.now();
                    return units.persistAndFlush(u).flatMap(this::view)
                            .call(v -> audit.record("UNIT_CREATED", "Unit", v.id(), townCode, null, v));
                });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<UnitView> update(long id, String ifMatch, UnitUpdate in) {
        long expected = Versions.expected(ifMatch, in.version());
        UnitRules.checkShape(in.kind(), Text.trimToNull(in.rank()), in.managementMode(),
                Text.trimToNull(in.superiorDepartment()), in.coLocatedWithId(), in.staffSets());
        return requireLocked(id).flatMap(u -> lockTown(u.townCode)
                .flatMap(t -> view(u).flatMap(before -> {
                    Versions.check("Unit", id, expected, u.version);
                    requireActive(u);
                    boolean becomesOffice = in.kind().countsAsOffice() && !u.kind.countsAsOffice();
                    return checkName(u.townCode, in.name().trim(), id)
                            .call(x -> becomesOffice
                                    ? checkOfficeLimit(t, clock.today(), id)
                                    : Uni.createFrom().voidItem())
                            .call(x -> checkCoLocation(u.townCode, id, in.coLocatedWithId()))
                            .call(x -> checkQuotasCoverOccupied(u, in.administrativeQuota(), in.institutionQuota()))
                            .call(x -> posts.countOpenLeading(id).invoke(n -> {
                                if (in.leadershipPosts() < n) {
                                    throw Problems.conflict("LEADERSHIP_POSTS_BELOW_HELD", "Unit " + id + " has " + n
                                            + " leading posts filled; leadershipPosts cannot be " + in.leadershipPosts());
                                }
                            }))
                            .flatMap(x -> quotaRows.ofUnits(List.of(id)))
                            .flatMap(rows -> {
                                QuotaHistory.of(u, rows).correct(new QuotaHistory.Quotas(in.administrativeQuota(),
                                        in.institutionQuota(), in.leadershipPosts()));
                                u.name = in.name().trim();
                                u.kind = in.kind();
                                u.nameplateList(cleanNameplates(in.nameplates()));
                                u.superiorDepartment = Text.trimToNull(in.superiorDepartment());
                                u.managementMode = in.managementMode();
                                u.coLocatedWithId = in.coLocatedWithId();
                                u.staffSets = in.staffSets();
                                u.rank = Text.trimToNull(in.rank());
                                u.note = Text.trimToNull(in.note());
                                return units.flush();
                            })
                            .flatMap(x -> view(u))
                            .call(after -> audit.record("UNIT_UPDATED", "Unit", id, u.townCode, before, after));
                })));
    }

    /**
     * 合并组建: the listed units become MERGED into unit {@code id} on the day; their quotas in force that day move with
     * them (编制随机构划转: added to unit {@code id}'s quotas from the day on, theirs are 0 from the day on, so the town's
     * approved totals do not change), and every open staffing registration of theirs moves to unit {@code id} (closed
     * and re-opened there, so history is kept) — all in one transaction: when the moved staff do not fit unit
     * {@code id}'s quotas after the move on the day or a later one, nothing changes (409 {@code QUOTA_EXCEEDED}). Posts
     * held in the merged units end on the day.
     */
    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<UnitView> merge(long id, UnitMerge in) {
        LocalDate date = clock.actionDate(in.date());
        String reference = Text.trimToNull(in.reference());
        List<Long> mergedIds = new ArrayList<>(new LinkedHashSet<>(in.mergedUnitIds()));
        if (mergedIds.contains(id)) {
            throw Problems.unprocessable("MERGE_INVALID", "A unit cannot be merged into itself");
        }
        return requireLocked(id).flatMap(target -> {
            requireActive(target);
            requireEstablished(target, date);
            return lockAll(mergedIds).flatMap(merged -> {
                for (Long mid : mergedIds) {
                    OrgUnit m = merged.get(mid);
                    if (m == null) {
                        throw Problems.unprocessable("REFERENCE_NOT_FOUND", "Unit " + mid + " does not exist");
                    }
                    if (!m.townCode.equals(target.townCode)) {
                        throw Problems.unprocessable("MERGE_INVALID",
                                "Unit " + mid + " belongs to another town than unit " + id);
                    }
                    if (m.status != UnitStatus.ACTIVE) {
                        throw Problems.conflict("UNIT_NOT_ACTIVE", "Unit " + mid + " (" + m.name + ") is " + m.status);
                    }
                    requireEstablished(m, date);
                }
                List<Long> involved = new ArrayList<>(mergedIds);
                involved.add(id);
                return quotaRows.ofUnits(involved).flatMap(rows -> {
                    // 编制随机构划转: what each merged unit holds on the day moves to the target from the day on.
                    Map<Long, QuotaHistory.Quotas> movedBy = new LinkedHashMap<>();
                    List<UnitQuota> newRows = new ArrayList<>();
                    QuotaHistory.Quotas moved = QuotaHistory.Quotas.NONE;
                    for (Long mid : mergedIds) {
                        QuotaHistory h = QuotaHistory.of(merged.get(mid), rows);
                        LocalDate later = h.changeAfter(date);
                        if (later != null) {
                            throw Problems.unprocessable("MERGE_INVALID", "The quotas of unit " + mid
                                    + " changed on " + later + ", after the merger date " + date);
                        }
                        QuotaHistory.Quotas q = h.moveOut(date, reference, clock.now());
                        movedBy.put(mid, q);
                        moved = moved.plus(q);
                        newRows.addAll(h.newRows());
                    }
                    QuotaHistory targetQuotas = QuotaHistory.of(target, rows);
                    targetQuotas.moveIn(date, moved, reference, clock.now());
                    newRows.addAll(targetQuotas.newRows());
                    return registrations.openInUnits(mergedIds).flatMap(moving -> {
                        for (Registration r : moving) {
                            if (date.isBefore(r.startedOn)) {
                                throw Problems.unprocessable("DATE_BEFORE_REGISTRATION", "Registration " + r.id
                                        + " started on " + r.startedOn + ", after the merger date " + date);
                            }
                        }
                        return registrations.ofUnitFrom(id, date).flatMap(present -> {
                            for (StaffType type : List.of(StaffType.ADMINISTRATIVE, StaffType.INSTITUTION)) {
                                StaffingRules.checkRoom(target, type, date, present, countOf(moving, type),
                                        targetQuotas.limit(type));
                            }
                            for (Registration r : moving) {
                                r.endedOn = date;
                                r.endReason = RegistrationEndReason.MERGED;
                                r.endNote = "合并组建 into unit " + id + (reference == null ? "" : " " + reference);
                            }
                            for (OrgUnit m : merged.values()) {
                                m.status = UnitStatus.MERGED;
                                m.mergedIntoId = id;
                                m.statusDate = date;
                                m.statusReference = reference;
                            }
                            // Close first: an open registration per person is unique, and Hibernate would insert
                            // first.
                            return registrations.flush()
                                    .flatMap(x -> newRows.isEmpty()
                                            ? Uni.createFrom().voidItem()
                                            : quotaRows.persist(newRows).replaceWithVoid())
                                    .flatMap(x -> endPostsIn(mergedIds, date))
                                    .flatMap(x -> {
                                        List<Registration> reopened = moving.stream().map(r -> {
                                            Registration n = new Registration();
                                            n.personId = r.personId;
                                            n.unitId = id;
                                            n.townCode = target.townCode;
                                            n.slotType = r.slotType;
                                            n.post = r.post;
                                            n.startedOn = date;
                                            n.previousRegistrationId = r.id;
                                            n.note = r.note;
                                            n.createdAt = clock.now();
                                            return n;
                                        }).toList();
                                        // merging units without staff moves nothing (persisting no entity is an
                                        // error)
                                        return reopened.isEmpty()
                                                ? registrations.flush()
                                                : registrations.persist(reopened).flatMap(y -> registrations.flush());
                                    })
                                    // the target's view and the merged units' in one batch: one view per change
                                    .flatMap(x -> views(targetFirst(target, merged.values())))
                                    .call(after -> audit.record("UNITS_MERGED", "Unit", id, target.townCode,
                                            Map.of("mergedUnitIds", mergedIds), after.get(0)))
                                    .call(after -> audit(merged.values(), movedBy, after))
                                    .map(after -> after.get(0));
                        });
                    });
                });
            });
        });
    }

    /** The target of a merger first, then the merged units. */
    private static List<OrgUnit> targetFirst(OrgUnit target, java.util.Collection<OrgUnit> merged) {
        List<OrgUnit> all = new ArrayList<>();
        all.add(target);
        all.addAll(merged);
        return all;
    }

    /** Each merged unit's change, with its view after the merger (MERGED, mergedInto the target). */
    private Uni<Void> audit(java.util.Collection<OrgUnit> merged, Map<Long, QuotaHistory.Quotas> movedBy,
            List<UnitView> after) {
        Map<Long, UnitView> viewOf = after.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (OrgUnit m : merged) {
            chain = chain.call(x -> audit.record("UNIT_MERGED_INTO", "Unit", m.id, m.townCode,
                    Map.of("status", "ACTIVE", "quotas", movedBy.get(m.id)), viewOf.get(m.id)));
        }
        return chain;
    }

    /** 422 {@code DATE_BEFORE_ESTABLISHED} for a change dated before the unit was set up. */
    public static void requireEstablished(OrgUnit u, LocalDate date) {
        if (u.establishedOn != null && date.isBefore(u.establishedOn)) {
            throw Problems.unprocessable("DATE_BEFORE_ESTABLISHED", "Unit " + u.id + " (" + u.name
                    + ") was set up on " + u.establishedOn + "; nothing of it can take effect on " + date);
        }
    }

    /** 撤销: an active unit with no open registration closes on the day; posts held in it end. */
    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<UnitView> abolish(long id, UnitAbolition in) {
        LocalDate date = clock.actionDate(in.date());
        return requireLocked(id).flatMap(u -> {
            requireActive(u);
            requireEstablished(u, date);
            return registrations.openInUnits(List.of(id)).flatMap(open -> {
                if (!open.isEmpty()) {
                    throw Problems.conflict("UNIT_HAS_STAFF", "Unit " + id + " still has " + open.size()
                            + " open registrations: end or move them first");
                }
                u.status = UnitStatus.ABOLISHED;
                u.statusDate = date;
                u.statusReference = Text.trimToNull(in.reference());
                return units.flush().flatMap(x -> endPostsIn(List.of(id), date))
                        .flatMap(x -> view(u))
                        .call(v -> audit.record("UNIT_ABOLISHED", "Unit", id, u.townCode, Map.of("status", "ACTIVE"),
                                v));
            });
        });
    }

    private Uni<Void> endPostsIn(List<Long> unitIds, LocalDate date) {
        return posts.list("unitId in ?1 and endedOn is null", unitIds).flatMap(held -> {
            for (PostHolding h : held) {
                h.endedOn = date.isBefore(h.startedOn) ? h.startedOn : date;
            }
            return posts.flush();
        });
    }

    private Uni<Map<Long, OrgUnit>> lockAll(List<Long> ids) {
        // Lock in id order so that two mergers touching the same units cannot deadlock.
        List<Long> sorted = ids.stream().sorted().toList();
        Uni<Map<Long, OrgUnit>> chain = Uni.createFrom().item(new HashMap<>());
        for (Long mid : sorted) {
            chain = chain.flatMap(m -> units.lock(mid).map(u -> {
                if (u != null) {
                    m.put(mid, u);
                }
                return m;
            }));
        }
        return chain;
    }

    private static int countOf(List<Registration> regs, StaffType type) {
        return (int) regs.stream().filter(r -> r.slotType == type).count();
    }

    private Uni<Void> checkQuotasCoverOccupied(OrgUnit u, int adminQuota, int institutionQuota) {
        return registrations.openInUnits(List.of(u.id)).invoke(open -> {
            int admin = countOf(open, StaffType.ADMINISTRATIVE);
            int inst = countOf(open, StaffType.INSTITUTION);
            if (adminQuota < admin || institutionQuota < inst) {
                throw Problems.conflict("QUOTA_BELOW_OCCUPIED", "Unit " + u.id + " has " + admin
                        + " administrative and " + inst + " institution slots occupied; the quotas cannot go below");
            }
        }).replaceWithVoid();
    }

    /**
     * One more office or bureau from {@code from} on must keep to the town's limit on that day and every later one,
     * counting the town's offices and bureaus in force then (set up on or before, not yet merged or abolished).
     */
    private Uni<Void> checkOfficeLimit(Town t, LocalDate from, Long exceptId) {
        return units.ofTowns(List.of(t.code)).invoke(all -> UnitRules.checkOfficeLimit(t.code, from,
                UnitRules.offices(all.stream().filter(u -> !u.id.equals(exceptId)).toList()),
                towns.maxInternalOffices(t))).replaceWithVoid();
    }

    private Uni<Town> lockTown(String code) {
        return townRows.findById(code, LockModeType.PESSIMISTIC_WRITE).map(t -> {
            if (t == null) {
                throw Problems.notFound("Town", code);
            }
            return t;
        });
    }

    private Uni<Void> checkName(String townCode, String name, Long exceptId) {
        return units.activeNameTaken(townCode, name, exceptId).invoke(taken -> {
            if (taken) {
                throw Problems.conflict("UNIT_EXISTS", "Town " + townCode + " already has an active unit named " + name);
            }
        }).replaceWithVoid();
    }

    private Uni<Void> checkCoLocation(String townCode, Long selfId, Long otherId) {
        if (otherId == null) {
            return Uni.createFrom().voidItem();
        }
        if (otherId.equals(selfId)) {
            throw Problems.unprocessable("CO_LOCATION_INVALID", "A unit cannot be co-located with itself");
        }
        return units.findById(otherId).invoke(other -> {
            if (other == null) {
                throw Problems.unprocessable("REFERENCE_NOT_FOUND", "Unit " + otherId + " does not exist");
            }
            if (!other.townCode.equals(townCode) || other.status != UnitStatus.ACTIVE) {
                throw Problems.unprocessable("CO_LOCATION_INVALID",
                        "Co-location (合署办公) is with an active unit of the same town; unit " + otherId + " is not");
            }
        }).replaceWithVoid();
    }

    private static List<String> cleanNameplates(List<String> names) {
        if (names == null) {
            return List.of();
        }
        return new ArrayList<>(names.stream().filter(s -> s != null).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public Uni<UnitView> view(OrgUnit u) {
        return views(List.of(u)).map(v -> v.get(0));
    }

    public Uni<List<UnitView>> views(List<OrgUnit> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Long> ids = rows.stream().map(u -> u.id).collect(Collectors.toSet());
        return units.coLocatedWith(ids).flatMap(coBy -> {
            Set<Long> refs = new HashSet<>();
            for (OrgUnit u : rows) {
                if (u.coLocatedWithId != null) {
                    refs.add(u.coLocatedWithId);
                }
                if (u.mergedIntoId != null) {
                    refs.add(u.mergedIntoId);
                }
            }
            return units.byIds(refs).map(found -> {
                Map<Long, OrgUnit> byId = found.stream().collect(Collectors.toMap(x -> x.id, Function.identity()));
                Map<Long, List<UnitRef>> coLocatedBy = coBy.stream().collect(Collectors.groupingBy(
                        x -> x.coLocatedWithId, Collectors.mapping(x -> new UnitRef(x.id, x.name), Collectors.toList())));
                return rows.stream().map(u -> new UnitView(u.id, u.townCode, u.name, u.kind, u.nameplateList(),
                        u.superiorDepartment, u.managementMode, u.appointingAuthority(), ref(byId, u.coLocatedWithId),
                        u.staffSets, coLocatedBy.getOrDefault(u.id, List.of()), u.administrativeQuota,
                        u.institutionQuota, u.leadershipPosts, u.rank, u.status, ref(byId, u.mergedIntoId), u.statusDate,
                        u.establishedOn,
                        u.statusReference, u.note, u.version)).toList();
            });
        });
    }

    private static UnitRef ref(Map<Long, OrgUnit> byId, Long id) {
        if (id == null) {
            return null;
        }
        OrgUnit u = byId.get(id);
        return new UnitRef(id, u == null ? null : u.name);
    }
}
