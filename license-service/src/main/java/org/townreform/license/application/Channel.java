package org.townreform.license.application;

import org.eclipse.microprofile.graphql.Description;

/** How the application came in: at the counter of the service centre, online, or through the mobile app. */
@Description("How an application came in")
public enum Channel {
    @Description("At the counter (窗口) of the town's service centre")
    COUNTER, @Description("Online (网上办理)")
    ONLINE, @Description("Through the mobile app (掌上办理)")
    MOBILE
}
