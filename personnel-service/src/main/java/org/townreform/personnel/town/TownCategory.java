package org.townreform.personnel.town;

/** How a town is classed for its organisation: 一般镇, 较大镇, 街道. */
public enum TownCategory {
    ORDINARY_TOWN, LARGER_TOWN, SUBDISTRICT
}
