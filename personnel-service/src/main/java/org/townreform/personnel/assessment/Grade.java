package org.townreform.personnel.assessment;

import org.eclipse.microprofile.graphql.Description;

/** 考核等次. */
@Description("EXCELLENT 优秀, COMPETENT 称职, BASICALLY_COMPETENT 基本称职, INCOMPETENT 不称职")
public enum Grade {
    EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT
}
