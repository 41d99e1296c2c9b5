package org.townreform.license.events;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.events.EventCatalogue;
import org.townreform.common.security.Roles;
import org.townreform.license.agreement.AgreementView;
import org.townreform.license.application.ApplicationView;
import org.townreform.license.catalogue.ImportReport;
import org.townreform.license.catalogue.ItemView;
import org.townreform.license.complaint.ComplaintView;
import org.townreform.license.evaluation.EvaluationView;

/**
 * The events license-service publishes: one per audited change, its data the changed record's view after the change
 * (an application's with the applicant's ID number and phone masked; a forwarding's is its application's, a
 * rectification's its evaluation's). Besides these, the webhook and calendar types of {@link EventCatalogue#common}.
 */
@ApplicationScoped
public class LicenseEvents implements EventCatalogue {
    static final String P = "cn.townreform.license.";
    private static final String APPLICATION_DATA = "; data: the application's view, the applicant's ID number and "
            + "phone masked";

    /** Who reads evaluations, rectifications and complaints (their GETs): not the departments or county finance. */
    static final Set<String> CASE_FEEDBACK_READERS = Set.of(Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG,
            Roles.SUPERVISOR);

    private static final List<Type> TYPES = List.of(
            // the catalogue of delegated powers
            new Type(P + "catalogue-item.created",
                    "An item of the catalogue of delegated powers (权限事项目录) was created by an import", ItemView.class),
            new Type(P + "catalogue-item.updated", "A catalogue item (权限事项目录) was changed by an import",
                    ItemView.class),
            new Type(P + "catalogue-import.imported",
                    "A catalogue file was imported: each row created, updated, unchanged or rejected; data: the import "
                            + "report",
                    ImportReport.class),
            // delegation agreements
            new Type(P + "delegation-agreement.created",
                    "A department made a delegation agreement (委托协议书) with a town for catalogue items",
                    AgreementView.class),
            new Type(P + "delegation-agreement.suspended",
                    "A department suspended its delegation agreement (委托协议书) from a day", AgreementView.class),
            new Type(P + "delegation-agreement.revoked",
                    "A department revoked its delegation agreement (委托协议书) from a day; final", AgreementView.class),
            new Type(P + "delegation-agreement.reinstated",
                    "A department reinstated its suspended delegation agreement (委托协议书): ACTIVE again from a day",
                    AgreementView.class),
            // applications (办件)
            new Type(P + "application.submitted",
                    "An application (办件) was submitted to the town's service centre" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "application.accepted", "The application was accepted (受理)" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "application.rejected",
                    "The application was refused at acceptance (不予受理), with a reason" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "application.supplement-requested",
                    "The one-time supplement notice (一次性告知, 补正) was sent" + APPLICATION_DATA, ApplicationView.class),
            new Type(P + "application.supplemented",
                    "The applicant's supplement (补正) was received" + APPLICATION_DATA, ApplicationView.class),
            new Type(P + "application.review-started", "The review (审查) of the application started" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "application.approved", "The application was approved (准予许可)" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "application.denied", "The application was denied (不予许可), with a reason" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "application.filed",
                    "The decision was filed (备案) with the authorising department" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "application.withdrawn", "The applicant withdrew the application" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "application.transferred",
                    "The application was transferred back to the department" + APPLICATION_DATA, ApplicationView.class),
            // forwardings of pre-review approvals (见文行文), part of their application
            new Type(P + "forwarding.created",
                    "An approved pre-review item was forwarded to the department (见文行文)" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "forwarding.forwarded",
                    "The department forwarded the approval on to the approving authority (转报)" + APPLICATION_DATA,
                    ApplicationView.class),
            new Type(P + "forwarding.returned",
                    "The department returned the forwarded approval to the town" + APPLICATION_DATA,
                    ApplicationView.class),
            // ratings and rectifications
            new Type(P + "evaluation.recorded",
                    "The applicant's rating of an ended case (好差评) was recorded; data: the evaluation's view, with the "
                            + "rectification a low rating opened",
                    EvaluationView.class, CASE_FEEDBACK_READERS),
            new Type(P + "rectification.opened",
                    "A rating of 1 or 2 opened a rectification (整改); data: its evaluation's view, with it",
                    EvaluationView.class, CASE_FEEDBACK_READERS),
            new Type(P + "rectification.completed",
                    "A rectification (整改) was completed with its measures and the callback (回访) to the applicant; "
                            + "data: its evaluation's view, with it",
                    EvaluationView.class, CASE_FEEDBACK_READERS),
            // complaints
            new Type(P + "complaint.recorded",
                    "A complaint about the efficiency of the town's service (效能投诉) was recorded", ComplaintView.class,
                    CASE_FEEDBACK_READERS),
            new Type(P + "complaint.resolved", "A complaint (效能投诉) was resolved, with its handler and outcome",
                    ComplaintView.class, CASE_FEEDBACK_READERS));

    @Override
    public List<Type> types() {
        return TYPES;
    }
}
