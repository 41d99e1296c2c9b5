package org.townreform.gateway.e2e;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.townreform.gateway.e2e.E2eServices.Service;

import io.quarkus.test.junit.TestProfile;

/** What the end-to-end classes share: the services up (a test may have stopped one), the queries, the towns. */
abstract class E2eTestBase {
    /** The year the demo data has revenue, returns and disbursements for. */
    static final int YEAR = 2025;
    static final String SHILONG = "441900113";
    static final String PUCHANG = "520323104";
    static final String LINXI = "341824102";

    static final String PERSONNEL = "openAppointments noticesInProgress rotationDue units"
            + " staffing { total { quota occupied vacant vacancyRate } }";
    static final String FISCAL = "revenue growth growthTarget returns disbursed outstanding overdue";
    static final String LICENSING = "applicationsByState { state count } applicationsByLight { light count }"
            + " overdueCases unfiledDecisions averageRating";

    /** The county dashboard: every town with its figures from all three services. */
    static final String DASHBOARD = """
            query Dashboard($year: Int!) {
              countyDashboard(year: $year) {
                year
                towns { code name personnel { %s } fiscal(year: $year) { %s } licensing { %s } }
              }
            }""".formatted(PERSONNEL, FISCAL, LICENSING);

    /** The first {@code first} towns with their figures from all three services. */
    static final String TOWNS = """
            query Towns($first: Int!, $year: Int!) {
              towns(first: $first) {
                totalCount
                edges { cursor node { code name personnel { %s } fiscal(year: $year) { %s } licensing { %s } } }
              }
            }""".formatted(PERSONNEL, FISCAL, LICENSING);

    /**
     * Starts again whatever service an earlier class stopped; not fiscal-service for a gateway that never calls it
     * ({@link E2eProfile.FiscalHanging}).
     */
    @BeforeAll
    static void servicesUp(TestInfo info) {
        boolean fiscalHangs = info.getTestClass().map(c -> c.getAnnotation(TestProfile.class))
                .map(p -> p.value().getName().equals(E2eProfile.FiscalHanging.class.getName())).orElse(false);
        if (fiscalHangs) {
            E2eServices.ensureRunning(Service.PERSONNEL, Service.LICENSE);
        } else {
            E2eServices.ensureRunning();
        }
    }

    static String supervisor() {
        return DevTokens.county("supervisor");
    }

    /** The 50 town codes in code order. */
    static List<String> allTownCodes() {
        List<String> codes = IntStream.rangeClosed(1, E2eServices.TOWNS - 3)
                .mapToObj(i -> E2eServices.SEEDED_PREFIX + String.format("%02d", i)).collect(Collectors.toList());
        codes.add(LINXI);
        codes.add(SHILONG);
        codes.add(PUCHANG);
        codes.sort(String::compareTo);
        return codes;
    }
}
