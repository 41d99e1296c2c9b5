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
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
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
    @Description("One person (ID number masked unless the caller is county-org or supervisor)")
    public Uni<PersonView> person(@NotNull @Id @Name("id") String id) {
        return service.get(Ids.parse("id", id));
    }

    @Query("people")
    @Description("Several people at once by id (as strings), in the order asked; null for unknown ids or people of towns out of scope")
    public Uni<List<PersonView>> people(@NotNull @Name("ids") List<String> ids) {
        return service.getMany(Ids.parseAll("ids", ids));
    }

    @Query("townPeople")
    @Description("People of a town in id order; q matches the name, residentId the full number exactly")
    public Uni<Page<PersonView>> townPeople(@NotNull @Name("townCode") String townCode, @Name("q") String q,
            @Name("residentId") String residentId, @Name("limit") Integer limit, @Name("cursor") String cursor) {
        return service.list(townCode, q, residentId, PageRequest.of(limit, cursor, config.paging()));
    }

    @Query("validCertificates")
    @Description("Enforcement certificates (执法证) of a department valid on a day (default today)")
    public Uni<ValidCertificates> validCertificates(@NotNull @Id @Name("personId") String personId,
            @NotNull @Name("department") String department, @Name("date") LocalDate date) {
        return service.validCertificates(Ids.parse("personId", personId), department, date);
    }

    @Mutation("createPerson")
    @Description("Record a person; gender and birth date come from the resident ID number")
    public Uni<PersonView> createPerson(@NotNull @Valid @Name("person") NewPerson person) {
        return service.create(person);
    }

    @Mutation("updatePerson")
    @Description("Change a person's name, staff type, rank or note; version is the one read")
    public Uni<PersonView> updatePerson(@NotNull @Id @Name("id") String id,
            @NotNull @Valid @Name("person") PersonUpdate person) {
        return service.update(Ids.parse("id", id), null, person);
    }

    @Mutation("addCertificate")
    @Description("Record an enforcement certificate (a dept-officer only for their own department)")
    public Uni<PersonView> addCertificate(@NotNull @Id @Name("personId") String personId,
            @NotNull @Valid @Name("certificate") NewCertificate certificate) {
        return service.addCertificate(Ids.parse("personId", personId), certificate);
    }

    @Mutation("revokeCertificate")
    @Description("Withdraw a certificate from a day on")
    public Uni<PersonView> revokeCertificate(@NotNull @Id @Name("personId") String personId,
            @NotNull @Id @Name("certificateId") String certificateId,
            @NotNull @Valid @Name("revocation") CertificateRevocation revocation) {
        return service.revokeCertificate(Ids.parse("personId", personId), Ids.parse("certificateId", certificateId),
                revocation);
    }
}
