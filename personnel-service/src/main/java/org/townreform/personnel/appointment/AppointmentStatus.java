package org.townreform.personnel.appointment;

/** Where an appointment case stands; the allowed moves between them are declared in {@link AppointmentWorkflow}. */
public enum AppointmentStatus {
    /** 拟任: drafted by the deciding side. */
    DRAFT,
    /** 征求意见: waiting for, or holding, the consulted side's opinion. */
    CONSULTATION,
    /** 协调: the consulted side disagreed; the county organisation department coordinates. */
    COORDINATION,
    /** 决定: decided at a meeting. */
    DECIDED,
    /** 任前公示. */
    PUBLIC_NOTICE,
    /** 生效. */
    EFFECTIVE,
    /** 撤回. */
    WITHDRAWN;

    public boolean open() {
        return this != EFFECTIVE && this != WITHDRAWN;
    }
}
