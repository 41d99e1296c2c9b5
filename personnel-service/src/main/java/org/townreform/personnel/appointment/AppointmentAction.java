package org.townreform.personnel.appointment;

/** What may be done to a case; each is one REST sub-path (opinion and coordinate carry their outcome). */
public enum AppointmentAction {
    CONSULT, OPINION_AGREE, OPINION_DISAGREE, COORDINATE_PROCEED, COORDINATE_WITHDRAW, DECIDE, PUBLISH_NOTICE, MAKE_EFFECTIVE, WITHDRAW
}
