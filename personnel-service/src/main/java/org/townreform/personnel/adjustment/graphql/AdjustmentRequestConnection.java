package org.townreform.personnel.adjustment.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.adjustment.AdjustmentRequestView;

/** A page of AdjustmentRequest items as a cursor connection. */
@Description("A page of AdjustmentRequest items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class AdjustmentRequestConnection extends Connection<AdjustmentRequestView> {
    public AdjustmentRequestConnection(Page<AdjustmentRequestView> page, PageRequest request) {
        super(page, request);
    }
}
