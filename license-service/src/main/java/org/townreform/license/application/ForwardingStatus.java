package org.townreform.license.application;

/** A pre-review forwarding record: waiting for the department, forwarded on (转报), or returned to the town. */
public enum ForwardingStatus {
    PENDING, FORWARDED, RETURNED
}
