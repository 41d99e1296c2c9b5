package org.townreform.personnel.staffing.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.staffing.RegistrationView;

/** A page of Registration items as a cursor connection. */
@Description("A page of Registration items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class RegistrationConnection extends Connection<RegistrationView> {
    public RegistrationConnection(Page<RegistrationView> page, PageRequest request) {
        super(page, request);
    }
}
