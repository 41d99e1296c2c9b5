package org.townreform.license.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.license.application.ApplicationState;
import org.townreform.license.application.Light;
import org.townreform.license.config.Descriptions;

/** A town's licensing at a glance (SPEC §5 licensing view), as the dashboards read it. */
@Type("LicensingView")
@Description("A town's licensing: items delegated, applications by state and light, overdue cases, unfiled decisions, rating")
public record LicensingView(
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description("Catalogue items an ACTIVE agreement lets the town act on, on asOf") int itemsDelegated,
        @Description("Applications submitted by asOf, counted by the state they are in now; every state listed, 0 when none") List<StateCount> applicationsByState,
        @Description("Open applications by light on asOf") List<LightCount> applicationsByLight,
        @Description("Applications submitted by asOf that are open now (SUBMITTED, SUPPLEMENT_REQUESTED, ACCEPTED, UNDER_REVIEW)") int openApplications,
        @Description("Open applications past their deadline (red)") int overdueCases,
        @Description("Decisions not filed yet") int unfiledDecisions,
        @Description("Decisions not filed within one month of the decision (overdue filings)") int overdueFilings,
        @Description("Ratings (好差评) recorded up to asOf") int evaluations,
        @Description("Average rating 1-5, two decimals; null without evaluations") @NumberFormat("0.00") @Schema(example = "\"4.50\"") BigDecimal averageRating,
        @Description("Complaints (效能投诉) received by asOf and not resolved on asOf") int openComplaints) {

    @Type("StateCount")
    @Description("How many of a town's applications are in one state")
    public record StateCount(@Description("The state") ApplicationState state,
            @Description("Number of applications in it, 0 or more") int count) {
    }

    @Type("LightCount")
    @Description("How many of a town's open applications show one light on asOf")
    public record LightCount(@Description("The light") Light light,
            @Description("Number of open applications showing it, 0 or more") int count) {
    }
}
