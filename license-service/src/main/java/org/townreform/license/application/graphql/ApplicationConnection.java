package org.townreform.license.application.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.application.ApplicationView;

/** A page of Application items as a cursor connection. */
@Description("A page of Application items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class ApplicationConnection extends Connection<ApplicationView> {
    public ApplicationConnection(Page<ApplicationView> page, PageRequest request) {
        super(page, request);
    }
}
