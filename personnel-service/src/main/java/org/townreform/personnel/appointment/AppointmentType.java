package org.townreform.personnel.appointment;

import org.eclipse.microprofile.graphql.Description;

/** 任免案件类别. */
@Description("Kind of appointment case (任免案件类别): APPOINT 任命, REMOVE 免职, TRANSFER 轮岗/交流, SECONDMENT 挂职")
public enum AppointmentType {
    @Description("任命: appoint the person to the post; opens the post when effective")
    APPOINT, @Description("免职: remove the person from the post of this title in the unit; ends it when effective")
    REMOVE, @Description("轮岗/交流: move the person to the post; when effective ends their posts, opens the new one and moves their "
            + "staffing registration to the unit")
    TRANSFER, @Description("挂职: second the person to the post; opens the post when effective, the registration stays where it is")
    SECONDMENT
}
