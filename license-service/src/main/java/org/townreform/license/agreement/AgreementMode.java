package org.townreform.license.agreement;

import org.eclipse.microprofile.graphql.Description;

/** 委托 (the town acts in the department's name) or 下放 (the town acts in its own name). */
@Description("How a department delegates its powers to a town")
public enum AgreementMode {
    @Description("委托: the town acts and issues decisions in the department's name and may not entrust further (行政许可法 art. 24)")
    ENTRUSTED, @Description("下放: the town acts and issues decisions in its own name")
    DEVOLVED
}
