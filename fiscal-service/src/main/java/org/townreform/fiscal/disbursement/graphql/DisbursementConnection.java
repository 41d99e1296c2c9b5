package org.townreform.fiscal.disbursement.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.fiscal.disbursement.DisbursementView;

/** A page of Disbursement items as a cursor connection. */
@Description("A page of Disbursement items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class DisbursementConnection extends Connection<DisbursementView> {
    public DisbursementConnection(Page<DisbursementView> page, PageRequest request) {
        super(page, request);
    }
}
