package org.townreform.personnel.appointment;

import org.eclipse.microprofile.graphql.Description;

/** Where an appointment case stands; the allowed moves between them are declared in {@link AppointmentWorkflow}. */
@Description("Where an appointment case (任免) stands: DRAFT, CONSULTATION, COORDINATION, DECIDED and PUBLIC_NOTICE are "
        + "open, EFFECTIVE and WITHDRAWN have ended")
public enum AppointmentStatus {
    /** 拟任: drafted by the deciding side. */
    @Description("拟任: drafted by the deciding side")
    DRAFT,
    /** 征求意见: waiting for, or holding, the consulted side's opinion. */
    @Description("征求意见: waiting for the consulted side's opinion, or holding its AGREE (ready to decide)")
    CONSULTATION,
    /** 协调: the consulted side disagreed; the county organisation department coordinates. */
    @Description("协调: the consulted side disagreed; the county organisation department coordinates (after PROCEED: ready to decide)")
    COORDINATION,
    /** 决定: decided at a meeting. */
    @Description("决定: decided at a meeting; the notice is to be published")
    DECIDED,
    /** 任前公示. */
    @Description("任前公示: the pre-appointment notice runs")
    PUBLIC_NOTICE,
    /** 生效. */
    @Description("生效: in effect; ended")
    EFFECTIVE,
    /** 撤回. */
    @Description("撤回: withdrawn before taking effect; ended")
    WITHDRAWN;

    public boolean open() {
        return this != EFFECTIVE && this != WITHDRAWN;
    }
}
