package org.townreform.license.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestFilter;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.junit.jupiter.api.Test;
import org.townreform.common.testing.OfficialCalendars;
import org.townreform.common.testing.Tokens;
import org.townreform.common.version.Versions;
import org.townreform.license.Fixtures;
import org.townreform.license.client.api.AgreementsApi;
import org.townreform.license.client.api.ApiException;
import org.townreform.license.client.api.ApplicationsApi;
import org.townreform.license.client.api.CalendarApi;
import org.townreform.license.client.api.CatalogueApi;
import org.townreform.license.client.model.ActionInput;
import org.townreform.license.client.model.AgreementMode;
import org.townreform.license.client.model.AgreementStatus;
import org.townreform.license.client.model.AgreementView;
import org.townreform.license.client.model.ApplicantInput;
import org.townreform.license.client.model.ApplicantKind;
import org.townreform.license.client.model.ApplicationState;
import org.townreform.license.client.model.ApplicationView;
import org.townreform.license.client.model.CalendarDocument;
import org.townreform.license.client.model.CalendarView;
import org.townreform.license.client.model.Channel;
import org.townreform.license.client.model.DecisionInput;
import org.townreform.license.client.model.FilingInput;
import org.townreform.license.client.model.ImportReport;
import org.townreform.license.client.model.ItemKind;
import org.townreform.license.client.model.ItemView;
import org.townreform.license.client.model.Light;
import org.townreform.license.client.model.Material;
import org.townreform.license.client.model.NewAgreement;
import org.townreform.license.client.model.NewApplication;
import org.townreform.license.client.model.Phase;
import org.townreform.license.client.model.Problem;
import org.townreform.license.client.model.Step;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The story of one application (办件), told only through the MicroProfile client generated from the committed contract
 * (contracts/openapi/license-service.yaml): county-org loads the working-day calendars and imports a catalogue item; the
 * department's officer signs an ENTRUSTED delegation agreement (委托协议书) with a fresh town for it; the town's clerk
 * submits an application, accepts it (the accept resent with its Idempotency-Key is answered alike and applied once; a
 * second accept is a 409 ILLEGAL_TRANSITION) and starts the review; the town's leader approves it in the department's
 * name; the department's officer records the filing (备案). State, clock and light, decision and filing are read from
 * the typed answers after each step.
 */
@QuarkusTest
class LicenseApplicationClientStoryTest {
    private static final String DEPT = Fixtures.DEPT;
    private static final String SEAL = "测试镇城市管理行政执法专用章";

    @Inject
    ObjectMapper json;

    private static <T> T client(Class<T> api, String token) {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return RestClientBuilder.newBuilder().baseUri(URI.create("http://localhost:" + port))
                .register((ClientRequestFilter) c -> c.getHeaders().putSingle("Authorization", "Bearer " + token))
                .build(api);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static Problem problem(ApiException e) {
        return e.getResponse().readEntity(Problem.class);
    }

    /** The official calendars, loaded as an operator would: a year already loaded is replaced with its version. */
    private void loadCalendars(CalendarApi calendar) throws Exception {
        for (int year : OfficialCalendars.YEARS) {
            // the published file also carries $schema and $id, which the document does not name
            CalendarDocument document = json.readerFor(CalendarDocument.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(OfficialCalendars.json(year));
            String ifMatch = null;
            if (calendar.listCalendarYears().contains(year)) {
                ifMatch = Versions.etag(calendar.getCalendarYear(year).getVersion());
            }
            CalendarView loaded = calendar.putCalendarYear(year, document, ifMatch);
            assertThat(loaded.getYear()).isEqualTo(year);
            assertThat(loaded.getHolidays()).isPositive();
        }
    }

    /** Imports one LICENSE item of DEPT (20 statutory, 10 promised working days, two required materials). */
    private static String importItem(CatalogueApi catalogue) throws IOException, ApiException {
        String code = Fixtures.newItemCode();
        Path csv = Files.createTempFile("catalogue-", ".csv");
        try {
            Files.writeString(csv, "事项编码,事项名称,事项类型,授权部门,法定时限,承诺时限,必要材料,收费标准\n" + code + ",测试事项" + code
                    + ",LICENSE," + DEPT + ",20,10,\"申请书;营业执照复印件\",0\n", StandardCharsets.UTF_8);
            ImportReport report = catalogue.importCatalogue("import-" + code, csv.toFile());
            assertThat(report.getAcceptedCount()).isEqualTo(1);
            assertThat(report.getRejectedCount()).isZero();
            assertThat(report.getCreated()).isEqualTo(1);
        } finally {
            Files.delete(csv);
        }
        return code;
    }

    @Test
    void anApplicationIsSubmittedAcceptedReviewedApprovedAndFiledWithTheDepartment() throws Exception {
        String town = Fixtures.newTownCode();
        CalendarApi calendar = client(CalendarApi.class, Tokens.role("county-org"));
        CatalogueApi catalogue = client(CatalogueApi.class, Tokens.role("county-org"));
        AgreementsApi officerAgreements = client(AgreementsApi.class, Tokens.dept(DEPT));
        ApplicationsApi clerk = client(ApplicationsApi.class, Tokens.town("town-clerk", town));
        ApplicationsApi leader = client(ApplicationsApi.class, Tokens.town("town-leader", town));
        ApplicationsApi officer = client(ApplicationsApi.class, Tokens.dept(DEPT));

        // Set-up: calendars, the catalogue item, the agreement in force for the town and the item.
        loadCalendars(calendar);
        String item = importItem(catalogue);
        ItemView listed = catalogue.getCatalogueItem(item);
        assertThat(listed.getKind()).isEqualTo(ItemKind.LICENSE);
        assertThat(listed.getDepartment()).isEqualTo(DEPT);
        assertThat(listed.getStatutoryDays()).isEqualTo(20);
        assertThat(listed.getPromisedDays()).isEqualTo(10);
        assertThat(listed.getMaterials()).extracting(Material::getName, Material::getRequired)
                .containsExactly(tuple("申请书", true),
                        tuple("营业执照复印件", true));

        AgreementView agreement = officerAgreements.createAgreement(new NewAgreement()
                .reference("东执委〔2026〕" + item + "号").department(DEPT).townCode(town).townName("测试镇人民政府")
                .mode(AgreementMode.ENTRUSTED).validFrom(day("2025-01-01")).validTo(day("2027-12-31")).sealName(SEAL)
                .itemCodes(List.of(item)), "agreement-" + town);
        AgreementView inForce = officerAgreements.getAgreement(agreement.getId(), day("2026-03-02"));
        assertThat(inForce.getStatus()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(inForce.getTownCode()).isEqualTo(town);
        assertThat(inForce.getItemCodes()).containsExactly(item);
        assertThat(inForce.getIssuesInNameOf()).isEqualTo(DEPT);

        // 1. The clerk submits, Mon 2 Mar 2026, with every required material.
        ApplicationView submitted = clerk.submitApplication(new NewApplication().townCode(town).itemCode(item)
                .applicant(new ApplicantInput().kind(ApplicantKind.PERSON).name(Fixtures.NAME)
                        .residentId(Fixtures.RESIDENT_ID).phone(Fixtures.PHONE))
                .channel(Channel.COUNTER).materials(List.of("申请书", "营业执照复印件")).date(day("2026-03-02")),
                "submit-" + town);
        Long id = submitted.getId();
        assertThat(submitted.getState()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(submitted.getNumber()).startsWith(town + "-20260302-");
        assertThat(submitted.getVerificationCode()).hasSize(8);
        assertThat(submitted.getTownName()).isEqualTo("石龙镇");
        assertThat(submitted.getMissingMaterials()).isEmpty();
        ApplicationView onSubmission = clerk.getApplication(id, day("2026-03-02"));
        assertThat(onSubmission.getVerificationCode()).isNull();
        assertThat(onSubmission.getClock().getPhase()).isEqualTo(Phase.ACCEPTANCE);
        assertThat(onSubmission.getClock().getAcceptanceDue()).isEqualTo(day("2026-03-09"));
        assertThat(onSubmission.getClock().getDeemedAccepted()).isFalse();
        assertThat(onSubmission.getClock().getLight()).isEqualTo(Light.GREEN);

        // 2. The clerk accepts on Tue 3 Mar; the request is resent with the same Idempotency-Key.
        ActionInput acceptOn3Mar = new ActionInput().date(day("2026-03-03"));
        ApplicationView accepted = clerk.acceptApplication(id, acceptOn3Mar, "accept-" + id, null);
        assertThat(accepted.getState()).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(accepted.getAcceptedOn()).isEqualTo(day("2026-03-03"));
        assertThat(accepted.getAgreementId()).isEqualTo(agreement.getId()); // recorded under the agreement in force
        ApplicationView replayed = clerk.acceptApplication(id, acceptOn3Mar, "accept-" + id, null);
        assertThat(replayed).isEqualTo(accepted);
        ApplicationView afterReplay = clerk.getApplication(id, day("2026-03-03"));
        assertThat(afterReplay.getVersion()).isEqualTo(accepted.getVersion());
        assertThat(afterReplay.getHistory()).filteredOn(s -> s.getTo() == ApplicationState.ACCEPTED).hasSize(1);
        assertThat(afterReplay.getClock().getPhase()).isEqualTo(Phase.DECISION);
        assertThat(afterReplay.getClock().getClockStart()).isEqualTo(day("2026-03-03"));
        // 10 working days from Tue 3 Mar: 4, 5, 6, 9, 10, 11, 12, 13, 16, 17 Mar
        assertThat(afterReplay.getClock().getDeadline()).isEqualTo(day("2026-03-17"));
        assertThat(afterReplay.getClock().getWorkingDaysLeft()).isEqualTo(10);
        assertThat(afterReplay.getClock().getLight()).isEqualTo(Light.GREEN);

        // Refusal: accepting again, without the key, is a step out of order; nothing changes.
        ApiException twice = catchThrowableOfType(ApiException.class,
                () -> clerk.acceptApplication(id, new ActionInput().date(day("2026-03-04")), null, null));
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
        Problem refusal = problem(twice);
        assertThat(refusal.getCode()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(refusal.getStatus()).isEqualTo(409);
        ApplicationView unchanged = clerk.getApplication(id, day("2026-03-04"));
        assertThat(unchanged.getState()).isEqualTo(ApplicationState.ACCEPTED);
        assertThat(unchanged.getVersion()).isEqualTo(accepted.getVersion());
        assertThat(unchanged.getAcceptedOn()).isEqualTo(day("2026-03-03"));

        // 3. The clerk starts the review on Wed 4 Mar; the light turns yellow from 80% of the time used.
        ApplicationView underReview = clerk.startReview(id, new ActionInput().date(day("2026-03-04")),
                "start-review-" + id, null);
        assertThat(underReview.getState()).isEqualTo(ApplicationState.UNDER_REVIEW);
        ApplicationView on5Mar = clerk.getApplication(id, day("2026-03-05"));
        assertThat(on5Mar.getClock().getLight()).isEqualTo(Light.GREEN);
        assertThat(on5Mar.getClock().getWorkingDaysUsed()).isEqualTo(2);
        ApplicationView on13Mar = clerk.getApplication(id, day("2026-03-13"));
        assertThat(on13Mar.getClock().getLight()).isEqualTo(Light.YELLOW);
        assertThat(on13Mar.getClock().getWorkingDaysUsed()).isEqualTo(8);
        assertThat(on13Mar.getClock().getWorkingDaysLeft()).isEqualTo(2);
        assertThat(on13Mar.getClock().getOverdue()).isFalse();

        // 4. The leader approves on Tue 10 Mar: under ENTRUSTED the decision is issued in the department's name.
        ApplicationView approved = leader.approveApplication(id, new DecisionInput().date(day("2026-03-10"))
                .reason("材料齐全,符合条件").decisionNumber("石龙许〔2026〕" + id + "号"), "approve-" + id, null);
        assertThat(approved.getState()).isEqualTo(ApplicationState.APPROVED);
        assertThat(approved.getDecision().getOutcome()).isEqualTo(ApplicationState.APPROVED);
        assertThat(approved.getDecision().getDecidedOn()).isEqualTo(day("2026-03-10"));
        assertThat(approved.getDecision().getNumber()).isEqualTo("石龙许〔2026〕" + id + "号");
        assertThat(approved.getDecision().getIssuedInNameOf()).isEqualTo(DEPT);
        assertThat(approved.getDecision().getSealName()).isEqualTo(SEAL);
        assertThat(approved.getEndedOn()).isNull(); // ended by a decision, not without one
        ApplicationView decided = clerk.getApplication(id, day("2026-03-20"));
        assertThat(decided.getClock().getPhase()).isEqualTo(Phase.ENDED);
        assertThat(decided.getClock().getOverdue()).isFalse();
        // filed within one calendar month of the decision
        assertThat(decided.getFiling().getDue()).isEqualTo(day("2026-04-10"));
        assertThat(decided.getFiling().getOverdue()).isFalse();
        assertThat(decided.getFiling().getReceiptNumber()).isNull();

        // 5. The department's officer records the filing (备案) on Fri 20 Mar.
        ApplicationView filed = officer.fileDecision(id,
                new FilingInput().receiptNumber("东执备〔2026〕" + id + "号").receivedOn(day("2026-03-20")),
                "file-" + id, null);
        assertThat(filed.getState()).isEqualTo(ApplicationState.FILED);
        assertThat(filed.getFiling().getReceiptNumber()).isEqualTo("东执备〔2026〕" + id + "号");
        assertThat(filed.getFiling().getReceivedOn()).isEqualTo(day("2026-03-20"));
        assertThat(filed.getFiling().getLate()).isFalse();
        assertThat(filed.getDecision().getOutcome()).isEqualTo(ApplicationState.APPROVED);
        ApplicationView afterDue = clerk.getApplication(id, day("2026-05-04"));
        assertThat(afterDue.getState()).isEqualTo(ApplicationState.FILED);
        assertThat(afterDue.getFiling().getOverdue()).isFalse();
        assertThat(afterDue.getDecision().getIssuedInNameOf()).isEqualTo(DEPT);
        assertThat(afterDue.getHistory()).extracting(Step::getTo).containsExactly(ApplicationState.SUBMITTED,
                ApplicationState.ACCEPTED, ApplicationState.UNDER_REVIEW, ApplicationState.APPROVED,
                ApplicationState.FILED);
    }
}
