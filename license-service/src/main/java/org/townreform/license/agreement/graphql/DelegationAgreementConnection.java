package org.townreform.license.agreement.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.license.agreement.AgreementView;

/** A page of DelegationAgreement items as a cursor connection. */
@Description("A page of DelegationAgreement items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class DelegationAgreementConnection extends Connection<AgreementView> {
    public DelegationAgreementConnection(Page<AgreementView> page, PageRequest request) {
        super(page, request);
    }
}
