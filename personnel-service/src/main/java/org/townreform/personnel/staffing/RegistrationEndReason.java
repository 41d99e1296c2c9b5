package org.townreform.personnel.staffing;

/** Why a registration closed: ended on request, moved by a transfer (轮岗/交流), or moved by a merger (合并组建). */
public enum RegistrationEndReason {
    ENDED, TRANSFERRED, MERGED
}
