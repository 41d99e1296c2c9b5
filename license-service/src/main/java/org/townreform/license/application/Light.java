package org.townreform.license.application;

/** 红黄绿灯: green, yellow (≥ the configured share of the time used), red (overdue). */
public enum Light {
    GREEN, YELLOW, RED
}
