package org.townreform.personnel.person.graphql;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.graphql.OneSessionAtATime;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.config.Descriptions;
import org.townreform.personnel.person.CertificateRevocation;
import org.townreform.personnel.person.NewCertificate;
import org.townreform.personnel.person.NewPerson;
import org.townreform.personnel.person.PersonUpdate;
import org.townreform.personnel.person.PersonView;
import org.townreform.personnel.person.ValidCertificates;
import org.townreform.personnel.person.service.PersonService;
import org.townreform.personnel.support.Ids;
import org.townreform.personnel.town.TownView;
import org.townreform.personnel.town.service.TownService;

import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@OneSessionAtATime
public class PersonGraphQL {
    private static final String CERTIFIERS = "Callers: town-clerk and town-leader (own town), county-org, dept-officer "
            + "(own department only: DEPT_OUT_OF_SCOPE)";

    private final PersonService service;
    private final TownService towns;
    private final CommonConfig config;

    public PersonGraphQL(PersonService service, TownService towns, CommonConfig config) {
        this.service = service;
        this.towns = towns;
        this.config = config;
    }

    @Resolver
    @Description("Federation: people by id, in the order asked (null for unknown ids and people out of scope)")
    public Uni<List<PersonView>> peopleById(@Name("id") List<String> id) {
        return service.getMany(Ids.parseAll("id", id));
    }

    @Description("The town the person belongs to; resolved for a whole list of people at once")
    public Uni<List<TownView>> town(@Source List<PersonView> people) {
        return towns.getMany(people.stream().map(PersonView::townCode).toList(), null);
    }

    @Query("person")
    @Description("One person (ID number masked unless the caller is county-org or supervisor). " + Descriptions.READERS)
    public Uni<PersonView> person(@Description(Descriptions.PERSON_ID) @NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @Query("people")
    @Description("Several people at once by id (as strings), in the order asked; null for unknown ids or people of towns out of scope. Callers: every role")
    public Uni<List<PersonView>> people(
            @Description("Person ids (Person.id) as strings of digits, at most 500 (VALIDATION_FAILED otherwise)") @NotNull @Name("ids") List<String> ids) {
        return service.getMany(Ids.parseAll("ids", ids));
    }

    // the deprecated limit/cursor arguments: @Deprecated on a parameter is for GraphQL, not javac
    @SuppressWarnings("deprecation")
    @Query("townPeople")
    @Description("People of a town in id order; q matches the name, residentId the full number exactly. "
            + Descriptions.READERS)
    public Uni<PersonConnection> townPeople(
            @Description(Descriptions.TOWN_CODE
                    + "; a town user may ask only for their own town") @NotNull @Name("townCode") String townCode,
            @Description("Part of the name, case-insensitive, % and _ matched literally; everyone when left out") @Name("q") String q,
            @Description("The full resident ID number (居民身份证号), matched exactly (a final x is read as X): how a clerk, who "
                    + "reads numbers masked, finds a person; no filter when left out") @Name("residentId") String residentId,
            @Description(Connection.FIRST) @Name("first") Integer first,
            @Description(Connection.AFTER) @Name("after") String after,
            @Deprecated @Description(Connection.LIMIT) @Name("limit") Integer limit,
            @Deprecated @Description(Connection.CURSOR) @Name("cursor") String cursor) {
        PageRequest page = PageRequest.ofConnection(first, after, limit, cursor, config.paging());
        return service.list(townCode, q, residentId, page)
                .map(p -> new PersonConnection(p, page));
    }

    @Query("validCertificates")
    @Description("Enforcement certificates (执法证) of a department valid on a day (default today): the check "
            + "license-service makes before an enforcement decision. " + Descriptions.READERS)
    public Uni<ValidCertificates> validCertificates(
            @Description(Descriptions.PERSON_ID) @NotNull @Id @Name("personId") String personId,
            @Description("The issuing department, its name exactly as recorded (surrounding spaces ignored); required, "
                    + "VALIDATION_FAILED when blank") @NotNull @Name("department") String department,
            @Description("The day to check; default today (UTC+8), from 1949-10-01 to at most one year ahead") @Name("date") LocalDate date) {
        return service.validCertificates(Ids.parse("personId", personId), department, date);
    }

    @Mutation("createPerson")
    @Description("Record a person; gender and birth date come from the resident ID number. " + Descriptions.RECORDERS)
    public Uni<PersonView> createPerson(
            @Description("The person to record, with their resident ID number and staff type") @NotNull @Valid @Name("person") NewPerson person) {
        return service.create(person);
    }

    @Mutation("updatePerson")
    @Description("Change a person's name, staff type, rank or note; version is the one read (a stale version is refused: "
            + "STALE_VERSION). " + Descriptions.RECORDERS)
    public Uni<PersonView> updatePerson(@Description(Descriptions.PERSON_ID) @NotNull @Id @Name("id") String id,
            @Description("Every editable fact, as it is to be, and the version read") @NotNull @Valid @Name("person") PersonUpdate person) {
        return service.update(Ids.parse("id", id), null, person);
    }

    @Mutation("addCertificate")
    @Description("Record an enforcement certificate (a dept-officer only for their own department); answers the person. "
            + CERTIFIERS)
    public Uni<PersonView> addCertificate(
            @Description(Descriptions.PERSON_ID + " of the holder") @NotNull @Id @Name("personId") String personId,
            @Description("The certificate: department, number and validity") @NotNull @Valid @Name("certificate") NewCertificate certificate) {
        return service.addCertificate(Ids.parse("personId", personId), certificate);
    }

    @Mutation("revokeCertificate")
    @Description("Withdraw a certificate from a day on (吊销/收回); one already revoked is refused (ILLEGAL_TRANSITION); "
            + "answers the person. " + CERTIFIERS)
    public Uni<PersonView> revokeCertificate(
            @Description(Descriptions.PERSON_ID + " of the holder") @NotNull @Id @Name("personId") String personId,
            @Description("Id of the person's certificate (Certificate.id); NOT_FOUND when it is not theirs") @NotNull @Id @Name("certificateId") String certificateId,
            @Description("The day it stops counting and why") @NotNull @Valid @Name("revocation") CertificateRevocation revocation) {
        return service.revokeCertificate(Ids.parse("personId", personId), Ids.parse("certificateId", certificateId),
                revocation);
    }
}
