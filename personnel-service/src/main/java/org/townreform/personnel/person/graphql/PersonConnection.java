package org.townreform.personnel.person.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.person.PersonView;

/** A page of Person items as a cursor connection. */
@Description("A page of Person items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class PersonConnection extends Connection<PersonView> {
    public PersonConnection(Page<PersonView> page, PageRequest request) {
        super(page, request);
    }
}
