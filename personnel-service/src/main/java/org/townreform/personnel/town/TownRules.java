package org.townreform.personnel.town;

import java.time.LocalDate;
import java.util.Collection;

import org.townreform.personnel.config.PersonnelConfig;

/** The arithmetic of SPEC §2.1, free of persistence. */
public final class TownRules {
    private TownRules() {
    }

    /** The limit on internal offices and bureaus: the town's own when set, else pilot towns 10, else by category. */
    public static int maxInternalOffices(Town town, PersonnelConfig.MaxInternalOffices defaults) {
        if (town.maxInternalOffices != null) {
            return town.maxInternalOffices;
        }
        if (town.pilot) {
            return defaults.pilot();
        }
        return switch (town.category) {
            case ORDINARY_TOWN -> defaults.ordinaryTown();
            case LARGER_TOWN -> defaults.largerTown();
            case SUBDISTRICT -> defaults.subdistrict();
        };
    }

    /** Leadership posts on a day: the base plus every change effective on or before it. */
    public static int leadershipPostsOn(int base, Collection<LeadershipPostChange> changes, LocalDate day) {
        int posts = base;
        for (LeadershipPostChange c : changes) {
            if (!c.effectiveDate.isAfter(day)) {
                posts += c.change;
            }
        }
        return posts;
    }
}
