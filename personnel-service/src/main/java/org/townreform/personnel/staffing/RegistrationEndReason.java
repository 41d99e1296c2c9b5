package org.townreform.personnel.staffing;

import org.eclipse.microprofile.graphql.Description;

/** Why a registration closed: ended on request, moved by a transfer (轮岗/交流), or moved by a merger (合并组建). */
@Description("Why a registration closed")
public enum RegistrationEndReason {
    @Description("Ended (endRegistration): the person left the slot")
    ENDED, @Description("Moved by an effective TRANSFER appointment (轮岗/交流): a registration in the new unit continues it")
    TRANSFERRED, @Description("Moved by a merger (合并组建): a registration in the unit merged into continues it")
    MERGED
}
