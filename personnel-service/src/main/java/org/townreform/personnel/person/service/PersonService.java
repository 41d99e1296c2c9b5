package org.townreform.personnel.person.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.error.Problems;
import org.townreform.common.id.ResidentIdNumber;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.common.security.Caller;
import org.townreform.common.security.Roles;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.version.Versions;
import org.townreform.personnel.appointment.PostHolding;
import org.townreform.personnel.appointment.repository.PostHoldingRepository;
import org.townreform.personnel.person.CertificateRevocation;
import org.townreform.personnel.person.CertificateView;
import org.townreform.personnel.person.EnforcementCertificate;
import org.townreform.personnel.person.NewCertificate;
import org.townreform.personnel.person.NewPerson;
import org.townreform.personnel.person.Person;
import org.townreform.personnel.person.PersonRules;
import org.townreform.personnel.person.PersonUpdate;
import org.townreform.personnel.person.PersonView;
import org.townreform.personnel.person.ValidCertificates;
import org.townreform.personnel.person.repository.CertificateRepository;
import org.townreform.personnel.person.repository.PersonRepository;
import org.townreform.personnel.staffing.Registration;
import org.townreform.personnel.staffing.repository.RegistrationRepository;
import org.townreform.personnel.support.Text;
import org.townreform.personnel.town.service.TownService;
import org.townreform.personnel.unit.OrgUnit;
import org.townreform.personnel.unit.repository.OrgUnitRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * People and their enforcement certificates (SPEC §2.3). Full resident ID numbers are stored; they are shown in full only
 * to {@code county-org} (which keeps cadre files) and {@code supervisor} (discipline inspection and audit), masked to
 * everyone else.
 */
@ApplicationScoped
public class PersonService {
    static final String[] READERS = {Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER,
            Roles.COUNTY_FINANCE, Roles.SUPERVISOR};

    private final PersonRepository people;
    private final CertificateRepository certificates;
    private final RegistrationRepository registrations;
    private final PostHoldingRepository posts;
    private final OrgUnitRepository units;
    private final TownService towns;
    private final Caller caller;
    private final AuditLog audit;
    private final BusinessClock clock;

    public PersonService(PersonRepository people, CertificateRepository certificates,
            RegistrationRepository registrations, PostHoldingRepository posts, OrgUnitRepository units,
            TownService towns, Caller caller, AuditLog audit, BusinessClock clock) {
        this.people = people;
        this.certificates = certificates;
        this.registrations = registrations;
        this.posts = posts;
        this.units = units;
        this.towns = towns;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person, checked to exist (404) and to be of a town the caller may see (403). */
    public Uni<Person> require(long id) {
        return people.findById(id).map(p -> {
            if (p == null) {
                throw Problems.notFound("Person", id);
            }
            caller.requireTown(p.townCode);
            return p;
        });
    }

    /** Whether the caller sees full ID numbers. */
    public boolean showsFullResidentId() {
        return caller.hasAny(Roles.COUNTY_ORG, Roles.SUPERVISOR);
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<PersonView> get(long id) {
        return require(id).flatMap(this::view);
    }

    /** Several people at once, in the order asked; {@code null} for unknown ids and people of towns out of scope. */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<List<PersonView>> getMany(List<Long> ids) {
        return people.byIds(new HashSet<>(ids))
                .map(rows -> rows.stream().filter(p -> caller.canSeeTown(p.townCode)).toList())
                .flatMap(this::views)
                .map(views -> {
                    Map<Long, PersonView> byId = views.stream()
                            .collect(Collectors.toMap(PersonView::id, Function.identity()));
                    List<PersonView> out = new ArrayList<>();
                    for (Long id : ids) {
                        out.add(byId.get(id));
                    }
                    return out;
                });
    }

    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<Page<PersonView>> list(String townCode, String q, String residentId, PageRequest page) {
        String pattern = Text.trimToNull(q) == null ? null : Text.containsPattern(q);
        String rid = Text.trimToNull(residentId) == null ? null : residentId.trim().toUpperCase();
        return towns.require(townCode)
                .flatMap(t -> people.page(townCode, pattern, rid, page.afterId(), page.fetchSize()))
                .flatMap(this::views)
                .map(views -> Page.of(views, page.limit(), v -> String.valueOf(v.id())));
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<PersonView> create(NewPerson in) {
        ResidentIdNumber rid = PersonRules.checkResidentId(in.residentId(), clock.today());
        return towns.require(in.townCode())
                .flatMap(t -> people.byResidentId(rid.value()))
                .flatMap(existing -> {
                    if (existing != null) {
                        throw Problems.conflict("PERSON_EXISTS", "A person with resident ID number " + rid.masked()
                                + " is already recorded" + (caller.canSeeTown(existing.townCode)
                                        ? " (id " + existing.id + ")"
                                        : ""));
                    }
                    Person p = new Person();
                    p.townCode = in.townCode();
                    p.name = in.name().trim();
                    p.residentId = rid.value();
                    p.gender = rid.gender();
                    p.birthDate = rid.birthDate();
                    p.staffType = in.staffType();
                    p.rank = Text.trimToNull(in.rank());
                    p.note = Text.trimToNull(in.note());
                    p.createdAt = clock.now();
                    return people.persistAndFlush(p).flatMap(this::view)
                            .call(v -> audit.record("PERSON_CREATED", "Person", v.id(), v.townCode(), null,
                                    forEvent(v)));
                });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG})
    public Uni<PersonView> update(long id, String ifMatch, PersonUpdate in) {
        long expected = Versions.expected(ifMatch, in.version());
        return require(id).flatMap(p -> {
            Versions.check("Person", id, expected, p.version);
            Map<String, Object> before = summary(p);
            Uni<Void> check = p.staffType == in.staffType()
                    ? Uni.createFrom().voidItem()
                    : registrations.openOf(id).invoke(r -> {
                        if (r != null) {
                            throw Problems.conflict("PERSON_REGISTERED", "The staff type of a registered person "
                                    + "cannot change: end registration " + r.id + " first, then register again");
                        }
                    }).replaceWithVoid();
            return check.flatMap(x -> {
                p.name = in.name().trim();
                p.staffType = in.staffType();
                p.rank = Text.trimToNull(in.rank());
                p.note = Text.trimToNull(in.note());
                return people.flush();
            }).flatMap(x -> view(p))
                    .call(v -> audit.record("PERSON_UPDATED", "Person", id, p.townCode, before, forEvent(v)));
        });
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER})
    public Uni<PersonView> addCertificate(long personId, NewCertificate in) {
        if (in.validTo().isBefore(in.validFrom())) {
            throw Problems.invalid("validTo", "must not be before validFrom");
        }
        String department = in.department().trim();
        requireOwnDepartment(department);
        return require(personId).flatMap(p -> certificates.numberTaken(department, in.number().trim())
                .flatMap(taken -> {
                    if (taken) {
                        throw Problems.conflict("CERTIFICATE_EXISTS", "Certificate " + in.number().trim() + " of "
                                + department + " is already recorded");
                    }
                    EnforcementCertificate c = new EnforcementCertificate();
                    c.personId = personId;
                    c.department = department;
                    c.number = in.number().trim();
                    c.validFrom = in.validFrom();
                    c.validTo = in.validTo();
                    c.recordedBy = caller.name();
                    c.recordedAt = clock.now();
                    return certificates.persistAndFlush(c).flatMap(x -> view(p))
                            .call(v -> audit.record("CERTIFICATE_RECORDED", "Person", personId, p.townCode, null,
                                    forEvent(v)));
                }));
    }

    @WithTransaction
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER})
    public Uni<PersonView> revokeCertificate(long personId, long certificateId, CertificateRevocation in) {
        LocalDate date = clock.actionDate(in.date());
        return require(personId).flatMap(p -> certificates.findById(certificateId).flatMap(c -> {
            if (c == null || !c.personId.equals(personId)) {
                throw Problems.notFound("Certificate", certificateId);
            }
            requireOwnDepartment(c.department);
            if (c.revokedOn != null) {
                throw Problems.illegalTransition("Certificate", "REVOKED", "revoke");
            }
            CertificateView before = CertificateView.of(c);
            c.revokedOn = date;
            c.revokeReason = in.reason().trim();
            return certificates.flush().flatMap(x -> view(p))
                    .call(v -> audit.record("CERTIFICATE_REVOKED", "Person", personId, p.townCode, before,
                            forEvent(v)));
        }));
    }

    /**
     * Certificates of {@code department} valid on {@code date} (default today): the answer license-service asks for before
     * an enforcement decision. Town users of the person's town, department officers and county roles may ask.
     */
    @WithSession
    @RolesAllowed({Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG, Roles.DEPT_OFFICER, Roles.COUNTY_FINANCE,
            Roles.SUPERVISOR})
    public Uni<ValidCertificates> validCertificates(long personId, String department, LocalDate date) {
        String dept = Text.trimToNull(department);
        if (dept == null) {
            throw Problems.invalid("department", "is required");
        }
        LocalDate day = clock.asOf(date);
        return require(personId).flatMap(p -> certificates.of(personId, dept)).map(all -> {
            List<ValidCertificates.Certificate> valid = all.stream().filter(c -> c.validOn(day))
                    .map(c -> new ValidCertificates.Certificate(c.id, c.department, c.number, c.validFrom, c.validTo))
                    .toList();
            return new ValidCertificates(personId, dept, day, !valid.isEmpty(), valid);
        });
    }

    /** A department officer acts only for their own department (403 {@code DEPT_OUT_OF_SCOPE}). */
    private void requireOwnDepartment(String department) {
        if (caller.has(Roles.DEPT_OFFICER) && !caller.hasAny(Roles.COUNTY_ORG, Roles.TOWN_CLERK, Roles.TOWN_LEADER)) {
            String own = caller.requireDept();
            if (!own.equals(department)) {
                throw Problems.forbidden("DEPT_OUT_OF_SCOPE",
                        "Your token acts for " + own + ", not for " + department);
            }
        }
    }

    public Uni<PersonView> view(Person p) {
        return views(List.of(p)).map(v -> v.get(0));
    }

    public Uni<List<PersonView>> views(List<Person> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<Long> ids = rows.stream().map(p -> p.id).collect(Collectors.toSet());
        boolean full = showsFullResidentId();
        return certificates.ofPeople(ids).flatMap(certs -> registrations.openOfPeople(ids)
                .flatMap(regs -> posts.openOfPeople(ids).flatMap(held -> {
                    Set<Long> unitIds = new HashSet<>();
                    regs.forEach(r -> unitIds.add(r.unitId));
                    held.forEach(h -> unitIds.add(h.unitId));
                    return units.byIds(unitIds).map(us -> {
                        Map<Long, String> unitNames = us.stream().collect(Collectors.toMap(u -> u.id, u -> u.name));
                        Map<Long, List<EnforcementCertificate>> certsBy = certs.stream()
                                .collect(Collectors.groupingBy(c -> c.personId));
                        Map<Long, Registration> regBy = regs.stream()
                                .collect(Collectors.toMap(r -> r.personId, Function.identity()));
                        Map<Long, List<PostHolding>> postsBy = held.stream()
                                .collect(Collectors.groupingBy(h -> h.personId));
                        return rows.stream().map(p -> {
                            Registration r = regBy.get(p.id);
                            PersonView.CurrentRegistration current = r == null
                                    ? null
                                    : new PersonView.CurrentRegistration(r.id, r.unitId, unitNames.get(r.unitId),
                                            r.slotType, r.post, r.startedOn);
                            return new PersonView(p.id, p.townCode, p.name,
                                    full ? p.residentId : ResidentIdNumber.mask(p.residentId), !full, p.gender,
                                    p.birthDate, p.staffType, p.rank, p.note,
                                    certsBy.getOrDefault(p.id, List.of()).stream().map(CertificateView::of).toList(),
                                    current,
                                    postsBy.getOrDefault(p.id, List.of()).stream()
                                            .map(h -> new PersonView.HeldPost(h.unitId, unitNames.get(h.unitId),
                                                    h.postTitle, h.leadingPost, h.secondment, h.startedOn))
                                            .toList(),
                                    p.version);
                        }).toList();
                    });
                })));
    }

    /**
     * The person as an event carries it (and the audit keeps it): the ID number masked whoever made the change, since
     * the event feed and webhooks reach roles that read it masked.
     */
    private static PersonView forEvent(PersonView v) {
        return v.residentIdMasked()
                ? v
                : new PersonView(v.id(), v.townCode(), v.name(), ResidentIdNumber.mask(v.residentId()), true,
                        v.gender(), v.birthDate(), v.staffType(), v.rank(), v.note(), v.certificates(),
                        v.currentRegistration(), v.posts(), v.version());
    }

    /** What the audit keeps of a person: never the full ID number. */
    private static Map<String, Object> summary(Person p) {
        return Map.of("name", p.name, "residentId", ResidentIdNumber.mask(p.residentId), "staffType", p.staffType,
                "rank", String.valueOf(p.rank), "townCode", p.townCode);
    }

    /** Loads units by id for other services' views. */
    public Uni<Map<Long, OrgUnit>> unitsById(Set<Long> ids) {
        return units.byIds(ids).map(us -> us.stream().collect(Collectors.toMap(u -> u.id, Function.identity())));
    }
}
