package org.townreform.personnel.assessment;

import org.eclipse.microprofile.graphql.Description;

/** 考核等次. */
@Description("Grade of an annual assessment (考核等次): EXCELLENT 优秀, COMPETENT 称职, BASICALLY_COMPETENT 基本称职, INCOMPETENT 不称职")
public enum Grade {
    @Description("Excellent (优秀): at most personnel.excellent-share (default 0.20) of those assessed in the unit that year, rounded "
            + "down, and at least one from personnel.excellent-minimum-assessed (default 5) assessed")
    EXCELLENT, @Description("Competent (称职)")
    COMPETENT, @Description("Basically competent (基本称职)")
    BASICALLY_COMPETENT, @Description("Incompetent (不称职)")
    INCOMPETENT
}
