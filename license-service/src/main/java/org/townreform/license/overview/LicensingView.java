package org.townreform.license.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.Light;

/** A town's licensing at a glance (SPEC §5 licensing view), as the dashboards read it. */
@Type("LicensingView")
@Description("A town's licensing: items delegated, applications by state and light, overdue cases, unfiled decisions, rating")
public record LicensingView(
        String townCode,
        LocalDate asOf,
        @Description("Catalogue items an ACTIVE agreement lets the town act on, on asOf") int itemsDelegated,
        List<StateCount> applicationsByState,
        @Description("Open applications by light on asOf") List<LightCount> applicationsByLight,
        int openApplications,
        @Description("Open applications past their deadline (red)") int overdueCases,
        @Description("Decisions not filed yet") int unfiledDecisions,
        @Description("Decisions not filed within one month of the decision (overdue filings)") int overdueFilings,
        int evaluations,
        @Description("Average rating 1-5, two decimals; null without evaluations") @NumberFormat("0.00") BigDecimal averageRating,
        int openComplaints) {

    @Type("StateCount")
    public record StateCount(ApplicationState state, int count) {
    }

    @Type("LightCount")
    public record LightCount(Light light, int count) {
    }
}
