package org.townreform.personnel.appointment;

import org.eclipse.microprofile.graphql.Description;

/** 任免案件类别. */
@Description("APPOINT 任命, REMOVE 免职, TRANSFER 轮岗/交流, SECONDMENT 挂职")
public enum AppointmentType {
    APPOINT, REMOVE, TRANSFER, SECONDMENT
}
