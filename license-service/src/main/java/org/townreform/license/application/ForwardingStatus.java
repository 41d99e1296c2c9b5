package org.townreform.license.application;

import org.eclipse.microprofile.graphql.Description;

/** A pre-review forwarding record: waiting for the department, forwarded on (转报), or returned to the town. */
@Description("Where a pre-review forwarding (见文行文) stands")
public enum ForwardingStatus {
    @Description("Waiting for the department's answer")
    PENDING, @Description("转报: the department forwarded the approval on to the approving authority")
    FORWARDED, @Description("Returned to the town by the department")
    RETURNED
}
