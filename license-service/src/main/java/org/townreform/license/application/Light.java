package org.townreform.license.application;

import org.eclipse.microprofile.graphql.Description;

/** 红黄绿灯: green, yellow (≥ the configured share of the time used), red (overdue). */
@Description("红黄绿灯: how much of an open case's running time limit is used")
public enum Light {
    @Description("Less than license.yellow-percent (default 80%) of the working days used")
    GREEN, @Description("At least license.yellow-percent (default 80%) of the working days used, not past the deadline (the deadline day itself is yellow)")
    YELLOW, @Description("Past the deadline (overdue)")
    RED
}
