package org.townreform.personnel.appointment;

import org.eclipse.microprofile.graphql.Description;

/** What may be done to a case; each is one REST sub-path (opinion and coordinate carry their outcome). */
@Description("A step of the appointment workflow that a case may take (Appointment.allowedActions), each a mutation")
public enum AppointmentAction {
    @Description("Send the case to the consulted side (consultAppointment)")
    CONSULT, @Description("The consulted side agrees (giveOpinion with AGREE)")
    OPINION_AGREE, @Description("The consulted side disagrees (giveOpinion with DISAGREE)")
    OPINION_DISAGREE, @Description("The county organisation department lets the case proceed (coordinateAppointment with PROCEED)")
    COORDINATE_PROCEED, @Description("The county organisation department withdraws the case (coordinateAppointment with WITHDRAW)")
    COORDINATE_WITHDRAW, @Description("Record the decision (decideAppointment)")
    DECIDE, @Description("Start the pre-appointment notice (publishNotice)")
    PUBLISH_NOTICE, @Description("Take effect, once the notice has run (makeAppointmentEffective)")
    MAKE_EFFECTIVE, @Description("Withdraw the case (withdrawAppointment)")
    WITHDRAW
}
