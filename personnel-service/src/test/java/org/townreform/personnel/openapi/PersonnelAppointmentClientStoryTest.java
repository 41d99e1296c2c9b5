package org.townreform.personnel.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseFilter;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.townreform.common.testing.Calendars;
import org.townreform.common.testing.Tokens;
import org.townreform.personnel.Fixtures;
import org.townreform.personnel.client.api.ApiException;
import org.townreform.personnel.client.api.AppointmentsApi;
import org.townreform.personnel.client.api.PeopleApi;
import org.townreform.personnel.client.api.StaffingApi;
import org.townreform.personnel.client.api.TownsApi;
import org.townreform.personnel.client.api.UnitsApi;
import org.townreform.personnel.client.model.AppointingAuthority;
import org.townreform.personnel.client.model.AppointmentAction;
import org.townreform.personnel.client.model.AppointmentStatus;
import org.townreform.personnel.client.model.AppointmentType;
import org.townreform.personnel.client.model.AppointmentView;
import org.townreform.personnel.client.model.CaseStep;
import org.townreform.personnel.client.model.DecisionInput;
import org.townreform.personnel.client.model.HeldPost;
import org.townreform.personnel.client.model.ManagementMode;
import org.townreform.personnel.client.model.NewAppointment;
import org.townreform.personnel.client.model.NewPerson;
import org.townreform.personnel.client.model.NewRegistration;
import org.townreform.personnel.client.model.NewTown;
import org.townreform.personnel.client.model.NewUnit;
import org.townreform.personnel.client.model.Opinion;
import org.townreform.personnel.client.model.OpinionInput;
import org.townreform.personnel.client.model.PersonView;
import org.townreform.personnel.client.model.Problem;
import org.townreform.personnel.client.model.RegistrationView;
import org.townreform.personnel.client.model.StaffType;
import org.townreform.personnel.client.model.StaffingLine;
import org.townreform.personnel.client.model.TownCategory;
import org.townreform.personnel.client.model.TownView;
import org.townreform.personnel.client.model.UnitKind;
import org.townreform.personnel.client.model.UnitView;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The story of an appointment (任免) told through the Java client generated from the committed contract
 * (contracts/openapi/personnel-service.yaml), as an integrator would call the service: county-org records a town; its clerk
 * sets up a devolved dispatched agency (下放管理) with quotas, records a person and registers the person in the agency
 * (编制实名制); the clerk opens an appointment case (resent with its Idempotency-Key and answered alike) and sends it to the
 * agency's superior department, whose officer agrees; the town leader decides, publishes the pre-appointment notice
 * (任前公示) and, once its five working days are over on the official calendar, makes the case effective. Refusals on the
 * way: deciding before consulting (409 ILLEGAL_TRANSITION) and taking effect on the notice's last day (409
 * NOTICE_PERIOD_NOT_OVER).
 */
@QuarkusTest
class PersonnelAppointmentClientStoryTest {
    private static final String HR = "东莞市人力资源局";
    private static boolean calendarsLoaded;

    @BeforeEach
    void loadCalendars() {
        // The notice's working days are counted on the official calendars, loaded as the other appointment tests do.
        if (!calendarsLoaded) {
            Calendars.loadOfficial();
            calendarsLoaded = true;
        }
    }

    private static <T> T client(Class<T> api, String token) {
        return builder(token).build(api);
    }

    private static RestClientBuilder builder(String token) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return RestClientBuilder.newBuilder().baseUri(URI.create("http://localhost:" + port))
                .register((ClientRequestFilter) c -> c.getHeaders().putSingle("Authorization", "Bearer " + token));
    }

    /** The problem+json a refused call answered, after checking its status. */
    private static Problem refused(int status, Executable call) {
        ApiException e = assertThrows(ApiException.class, call);
        assertThat(e.getResponse().getStatus()).isEqualTo(status);
        return e.getResponse().readEntity(Problem.class);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aDevolvedAgencysDeputyHeadIsAppointedFromOpeningToEffect() throws Exception {
        String code = Fixtures.newTownCode();
        String countyOrgToken = Tokens.role("county-org");
        String clerkToken = Tokens.town("town-clerk", code);
        String leaderToken = Tokens.town("town-leader", code);

        // County-org records the town.
        TownView town = client(TownsApi.class, countyOrgToken).createTown(new NewTown().code(code)
                .name("客户端镇" + code).county("测试县").category(TownCategory.ORDINARY_TOWN).pilot(false)
                .leadershipPosts(9), null);
        assertThat(town.getCode()).isEqualTo(code);
        assertThat(town.getCategory()).isEqualTo(TownCategory.ORDINARY_TOWN);
        assertThat(town.getLeadershipPosts()).isEqualTo(9);

        // The town's clerk sets up a devolved dispatched agency: 3 administrative slots, 1 leading post.
        UnitsApi clerkUnits = client(UnitsApi.class, clerkToken);
        UnitView unit = clerkUnits.createUnit(code, new NewUnit().name("人力资源和社会保障分局").kind(UnitKind.DISPATCHED_AGENCY)
                .managementMode(ManagementMode.DEVOLVED).superiorDepartment(HR).administrativeQuota(3)
                .institutionQuota(0).leadershipPosts(1), null);
        assertThat(unit.getTownCode()).isEqualTo(code);
        assertThat(unit.getAppointingAuthority()).isEqualTo(AppointingAuthority.TOWN);
        assertThat(unit.getAdministrativeQuota()).isEqualTo(3);
        assertThat(unit.getLeadershipPosts()).isEqualTo(1);
        Long unitId = unit.getId();

        // ... records a person of the town ...
        PeopleApi clerkPeople = client(PeopleApi.class, clerkToken);
        PersonView person = clerkPeople.createPerson(new NewPerson().townCode(code).name("李明")
                .residentId(Fixtures.residentId()).staffType(StaffType.ADMINISTRATIVE), null);
        assertThat(person.getResidentIdMasked()).isTrue();
        assertThat(person.getCurrentRegistration()).isNull();
        assertThat(person.getPosts()).isEmpty();
        Long personId = person.getId();

        // ... and registers the person in the agency (编制实名制), which takes one of its administrative slots.
        StaffingApi clerkStaffing = client(StaffingApi.class, clerkToken);
        RegistrationView registration = clerkStaffing.registerInUnit(unitId, new NewRegistration()
                .personId(person.getId()).post("科员").date(day("2024-01-02")), null);
        assertThat(registration.getUnitId()).isEqualTo(unit.getId());
        assertThat(registration.getSlotType()).isEqualTo(StaffType.ADMINISTRATIVE);
        assertThat(registration.getStartedOn()).isEqualTo(day("2024-01-02"));
        assertThat(registration.getEndedOn()).isNull();
        StaffingLine staffing = clerkStaffing.getUnitStaffing(unitId, null);
        assertThat(staffing.getAdministrative().getQuota()).isEqualTo(3);
        assertThat(staffing.getAdministrative().getOccupied()).isEqualTo(1);
        assertThat(staffing.getAdministrative().getVacant()).isEqualTo(2);
        assertThat(staffing.getAdministrative().getVacancyRate()).isEqualTo("0.67");

        // The clerk opens the case; the same request resent with its Idempotency-Key answers the same case, marked
        // Idempotent-Replayed (read by a response filter: the generated method answers the body only), and opens no other.
        List<String> replayedHeaders = new ArrayList<>();
        AppointmentsApi clerkCases = builder(clerkToken).register((ClientResponseFilter) (req, res) -> replayedHeaders
                .add(String.valueOf(res.getHeaderString("Idempotent-Replayed")))).build(AppointmentsApi.class);
        NewAppointment opening = new NewAppointment().type(AppointmentType.APPOINT).personId(person.getId())
                .unitId(unit.getId()).postTitle("副局长").leading(true).reason("工作需要").date(day("2025-09-22"));
        String key = "open-appointment-" + code;
        AppointmentView opened = clerkCases.openAppointment(opening, key);
        assertThat(opened.getStatus()).isEqualTo(AppointmentStatus.DRAFT);
        assertThat(opened.getAuthority()).isEqualTo(AppointingAuthority.TOWN);
        assertThat(opened.getConsultedParty()).isEqualTo(HR);
        assertThat(opened.getOpenedOn()).isEqualTo(day("2025-09-22"));
        AppointmentView replayed = clerkCases.openAppointment(opening, key);
        assertThat(replayed).isEqualTo(opened);
        assertThat(replayedHeaders).containsExactly("null", "true");
        assertThat(clerkCases.listTownAppointments(code, null, null, null).getItems())
                .extracting(AppointmentView::getId).containsExactly(opened.getId());
        Long caseId = opened.getId();

        // The leader may not decide before the superior department has been consulted.
        AppointmentsApi leaderCases = client(AppointmentsApi.class, leaderToken);
        DecisionInput decision = new DecisionInput().meetingReference("镇党委会议纪要〔2025〕21号").date(day("2025-09-25"));
        Problem outOfOrder = refused(409, () -> leaderCases.decideAppointment(caseId, decision, null));
        assertThat(outOfOrder.getStatus()).isEqualTo(409);
        assertThat(outOfOrder.getCode()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(leaderCases.getAppointment(caseId).getStatus()).isEqualTo(AppointmentStatus.DRAFT);

        // The clerk sends it for consultation; the superior department's officer agrees.
        AppointmentView consulting = clerkCases.consultAppointment(caseId, new CaseStep().date(day("2025-09-23")), null);
        assertThat(consulting.getStatus()).isEqualTo(AppointmentStatus.CONSULTATION);
        assertThat(consulting.getConsultedOn()).isEqualTo(day("2025-09-23"));
        AppointmentView agreed = client(AppointmentsApi.class, Tokens.dept(HR)).giveAppointmentOpinion(caseId,
                new OpinionInput().opinion(Opinion.AGREE).text("同意").date(day("2025-09-24")), null);
        assertThat(agreed.getStatus()).isEqualTo(AppointmentStatus.CONSULTATION);
        assertThat(agreed.getOpinion()).isEqualTo(Opinion.AGREE);
        assertThat(agreed.getOpinionOn()).isEqualTo(day("2025-09-24"));
        assertThat(agreed.getAllowedActions()).contains(AppointmentAction.DECIDE);

        // The leader decides and publishes the notice on Friday 26 Sep 2025: five working days (28 Sep a make-up
        // working day, 1–8 Oct holidays) end on 10 Oct.
        AppointmentView decided = leaderCases.decideAppointment(caseId, decision, null);
        assertThat(decided.getStatus()).isEqualTo(AppointmentStatus.DECIDED);
        assertThat(decided.getDecidedOn()).isEqualTo(day("2025-09-25"));
        assertThat(decided.getMeetingReference()).isEqualTo("镇党委会议纪要〔2025〕21号");
        AppointmentView noticed = leaderCases.publishAppointmentNotice(caseId, new CaseStep().date(day("2025-09-26")),
                null);
        assertThat(noticed.getStatus()).isEqualTo(AppointmentStatus.PUBLIC_NOTICE);
        assertThat(noticed.getNotice().getStartedOn()).isEqualTo(day("2025-09-26"));
        assertThat(noticed.getNotice().getWorkingDays()).isEqualTo(5);
        assertThat(noticed.getNotice().getEndsOn()).isEqualTo(day("2025-10-10"));
        assertThat(noticed.getNotice().getProvisional()).isFalse();

        // Not on the notice's last day ...
        Problem tooEarly = refused(409, () -> leaderCases.makeAppointmentEffective(caseId,
                new CaseStep().date(day("2025-10-10")), null));
        assertThat(tooEarly.getCode()).isEqualTo("NOTICE_PERIOD_NOT_OVER");
        assertThat(leaderCases.getAppointment(caseId).getStatus()).isEqualTo(AppointmentStatus.PUBLIC_NOTICE);
        assertThat(clerkPeople.getPerson(personId).getPosts()).isEmpty();

        // ... but the day after it.
        AppointmentView effective = leaderCases.makeAppointmentEffective(caseId, new CaseStep().date(day("2025-10-11")),
                null);
        assertThat(effective.getStatus()).isEqualTo(AppointmentStatus.EFFECTIVE);
        assertThat(effective.getEffectiveOn()).isEqualTo(day("2025-10-11"));
        assertThat(effective.getAllowedActions()).isEmpty();

        // The person now holds the leading post in the agency and keeps the registration there.
        PersonView after = clerkPeople.getPerson(personId);
        assertThat(after.getPosts()).hasSize(1);
        HeldPost post = after.getPosts().get(0);
        assertThat(post.getUnitId()).isEqualTo(unit.getId());
        assertThat(post.getPostTitle()).isEqualTo("副局长");
        assertThat(post.getLeading()).isTrue();
        assertThat(post.getSecondment()).isFalse();
        assertThat(post.getStartedOn()).isEqualTo(day("2025-10-11"));
        assertThat(after.getCurrentRegistration().getId()).isEqualTo(registration.getId());
        assertThat(after.getCurrentRegistration().getUnitId()).isEqualTo(unit.getId());
        assertThat(clerkStaffing.getRegistration(registration.getId()).getEndedOn()).isNull();
        assertThat(clerkCases.listTownAppointments(code, null, null, "EFFECTIVE").getItems())
                .extracting(AppointmentView::getId).containsExactly(opened.getId());
    }
}
