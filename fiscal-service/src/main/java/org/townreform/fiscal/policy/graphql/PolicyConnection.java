package org.townreform.fiscal.policy.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.fiscal.policy.PolicyView;

/** A page of Policy items as a cursor connection. */
@Description("A page of Policy items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class PolicyConnection extends Connection<PolicyView> {
    public PolicyConnection(Page<PolicyView> page, PageRequest request) {
        super(page, request);
    }
}
