package org.townreform.license.agreement;

/** 委托 (the town acts in the department's name) or 下放 (the town acts in its own name). */
public enum AgreementMode {
    ENTRUSTED, DEVOLVED
}
