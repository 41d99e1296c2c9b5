package org.townreform.personnel.events;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.events.EventCatalogue;
import org.townreform.common.security.Roles;
import org.townreform.personnel.adjustment.AdjustmentRequestView;
import org.townreform.personnel.appointment.AppointmentView;
import org.townreform.personnel.assessment.AssessmentView;
import org.townreform.personnel.person.PersonView;
import org.townreform.personnel.staffing.RegistrationView;
import org.townreform.personnel.town.PublicTownView;
import org.townreform.personnel.town.TownView;
import org.townreform.personnel.unit.UnitView;

/**
 * The events personnel-service publishes: one per audited change, its data the changed record's view after the change
 * (a person's with the resident ID number masked). Besides these, the webhook and calendar types of
 * {@link EventCatalogue#common}.
 */
@ApplicationScoped
public class PersonnelEvents implements EventCatalogue {
    static final String P = "cn.townreform.personnel.";

    /** Who reads annual assessments (their GETs): not county finance. */
    static final Set<String> ASSESSMENT_READERS = Set.of(Roles.TOWN_CLERK, Roles.TOWN_LEADER, Roles.COUNTY_ORG,
            Roles.DEPT_OFFICER, Roles.SUPERVISOR);

    private static final List<Type> TYPES = List.of(
            // towns
            new Type(P + "town.created", "A town (镇) or subdistrict (街道) was recorded", TownView.class),
            new Type(P + "town.registered",
                    "A town recorded before events were published, or loaded as demo data, entered the feed (written "
                            + "by the database's back-fill, not by a change); data: its registry entry, the code and "
                            + "name with county, category and pilot",
                    PublicTownView.class),
            new Type(P + "town.updated", "A town's name, county, category, pilot flag or office limit was changed",
                    TownView.class),
            new Type(P + "town.leadership-posts-changed",
                    "A dated decision changed a town's leadership posts (领导职数); data: the town's view after it, "
                            + "with the change in its history",
                    TownView.class),
            // units
            new Type(P + "unit.created", "An organisation unit (机构) was set up in a town", UnitView.class),
            new Type(P + "unit.updated",
                    "A unit's name, kind, nameplates (加挂牌子), management, co-location (合署办公), quotas or rank was "
                            + "changed",
                    UnitView.class),
            new Type(P + "unit.units-merged",
                    "Units were merged into this one (合并组建): their quotas and open registrations moved to it on the "
                            + "day; data: this unit's view after the merger",
                    UnitView.class),
            new Type(P + "unit.merged-into",
                    "This unit was merged into another (合并组建) and is MERGED from the day, its posts ended; data: its "
                            + "view after the merger",
                    UnitView.class),
            new Type(P + "unit.abolished", "A unit was abolished (撤销) from a day; the posts held in it ended",
                    UnitView.class),
            // people
            new Type(P + "person.created",
                    "A member of staff (工作人员) was recorded in a town; data: the person's view, ID number masked",
                    PersonView.class),
            new Type(P + "person.updated",
                    "A person's name, staff type, rank or note was changed; data: the person's view, ID number masked",
                    PersonView.class),
            new Type(P + "person.certificate-recorded",
                    "An enforcement certificate (执法证) was recorded for a person; data: the person's view with it, ID "
                            + "number masked",
                    PersonView.class),
            new Type(P + "person.certificate-revoked",
                    "A person's enforcement certificate (执法证) was revoked early; data: the person's view with it, ID "
                            + "number masked",
                    PersonView.class),
            // staffing registrations
            new Type(P + "registration.registered",
                    "A person was registered into a slot of a unit (编制实名制) from a day", RegistrationView.class),
            new Type(P + "registration.ended", "A staffing registration (编制实名制) was ended: the slot is free from the day",
                    RegistrationView.class),
            new Type(P + "registration.moved",
                    "An effective transfer (轮岗/交流) moved a person's registration to the appointment's unit: the old one "
                            + "closed on the day and this one opened; data: the new registration's view",
                    RegistrationView.class),
            // annual assessments
            new Type(P + "assessment.recorded", "A person's grade for a year (年度考核) was recorded", AssessmentView.class,
                    ASSESSMENT_READERS),
            new Type(P + "assessment.proposed",
                    "A grade for a year (年度考核) of a dispatched agency's head was proposed by the town, for the "
                            + "department to confirm",
                    AssessmentView.class, ASSESSMENT_READERS),
            new Type(P + "assessment.confirmed", "The department confirmed a proposed grade (年度考核), as proposed or another",
                    AssessmentView.class, ASSESSMENT_READERS),
            // adjustment requests
            new Type(P + "adjustment-request.requested",
                    "The town party committee sent the department a written request to adjust a unit's head (书面调整意见)",
                    AdjustmentRequestView.class),
            new Type(P + "adjustment-request.resolved",
                    "The department answered a written adjustment request (考察调整, or kept the head in post)",
                    AdjustmentRequestView.class),
            // appointment cases
            new Type(P + "appointment.opened", "An appointment case (任免案件) was drafted (拟任)", AppointmentView.class),
            new Type(P + "appointment.consultation-sent",
                    "The deciding side sent the case to the consulted side for its opinion (征求意见)", AppointmentView.class),
            new Type(P + "appointment.opinion-agreed",
                    "The consulted side agreed (同意): the case is ready to decide", AppointmentView.class),
            new Type(P + "appointment.opinion-disagreed",
                    "The consulted side disagreed (不同意): the county organisation department coordinates (协调)",
                    AppointmentView.class),
            new Type(P + "appointment.coordinated-proceed",
                    "The county organisation department (县委组织部) coordinated and let the case proceed",
                    AppointmentView.class),
            new Type(P + "appointment.coordinated-withdraw",
                    "The county organisation department (县委组织部) coordinated and withdrew the case",
                    AppointmentView.class),
            new Type(P + "appointment.decided", "The case was decided at a meeting (决定)", AppointmentView.class),
            new Type(P + "appointment.notice-published", "The pre-appointment notice (任前公示) started",
                    AppointmentView.class),
            new Type(P + "appointment.objection-recorded",
                    "An objection received while the pre-appointment notice (任前公示) runs was recorded; data: the case's "
                            + "view with it",
                    AppointmentView.class),
            new Type(P + "appointment.effective",
                    "The case took effect (生效): posts opened or ended, a transfer's registration moved",
                    AppointmentView.class),
            new Type(P + "appointment.withdrawn", "The case was withdrawn (撤回) before taking effect",
                    AppointmentView.class));

    @Override
    public List<Type> types() {
        return TYPES;
    }
}
