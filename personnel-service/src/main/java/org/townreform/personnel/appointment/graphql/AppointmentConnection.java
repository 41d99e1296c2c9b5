package org.townreform.personnel.appointment.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.townreform.common.paging.Connection;
import org.townreform.common.paging.Page;
import org.townreform.common.paging.PageRequest;
import org.townreform.personnel.appointment.AppointmentView;

/** A page of Appointment items as a cursor connection. */
@Description("A page of Appointment items as a cursor connection (Relay): edges with their cursors, and pageInfo")
public final class AppointmentConnection extends Connection<AppointmentView> {
    public AppointmentConnection(Page<AppointmentView> page, PageRequest request) {
        super(page, request);
    }
}
