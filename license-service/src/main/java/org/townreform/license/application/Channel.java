package org.townreform.license.application;

/** How the application came in: at the counter of the service centre, online, or through the mobile app. */
public enum Channel {
    COUNTER, ONLINE, MOBILE
}
