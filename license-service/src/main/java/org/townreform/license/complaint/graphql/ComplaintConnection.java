package org.townreform.license.complaint.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.complaint.ComplaintView;

/** A page of Complaint items as a cursor connection. */
@Description("A page of Complaint items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class ComplaintConnection extends Connection<ComplaintView> {
    public ComplaintConnection(Page<ComplaintView> page, PageRequest request) {
        super(page, request);
    }
}
