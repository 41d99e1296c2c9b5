package org.townreform.personnel.unit.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.unit.UnitView;

/** A page of OrgUnit items as a cursor connection. */
@Description("A page of OrgUnit items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class OrgUnitConnection extends Connection<UnitView> {
    public OrgUnitConnection(Page<UnitView> page, PageRequest request) {
        super(page, request);
    }
}
