package org.townreform.personnel.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import org.townreform.personnel.limits.Limit;
import org.townreform.personnel.person.StaffType;

/**
 * The quotas of one unit over time: its {@link UnitQuota} rows, or — for a unit that never took part in a merger — its
 * unit row's quotas on every day. Pure logic; the moves of a merger (编制随机构划转) change the rows and the unit in memory
 * and collect the rows to insert in {@link #newRows()}.
 */
public final class QuotaHistory {
    private final OrgUnit unit;
    private final List<UnitQuota> rows;
    private final List<UnitQuota> added = new ArrayList<>();

    private QuotaHistory(OrgUnit unit, List<UnitQuota> rows) {
        this.unit = unit;
        this.rows = new ArrayList<>(rows);
        sort();
    }

    public static QuotaHistory of(OrgUnit unit, List<UnitQuota> rows) {
        return new QuotaHistory(unit, rows.stream().filter(r -> r.unitId.equals(unit.id)).toList());
    }

    /** Administrative, institution quota and leadership posts. */
    public record Quotas(int administrative, int institution, int leadershipPosts) {
        public static final Quotas NONE = new Quotas(0, 0, 0);

        public Quotas plus(Quotas o) {
            return new Quotas(administrative + o.administrative, institution + o.institution,
                    leadershipPosts + o.leadershipPosts);
        }

        /** The quota a slot type counts against; CONTRACT staff occupy none ({@code -1}: unlimited). */
        public int of(StaffType type) {
            return switch (type) {
                case ADMINISTRATIVE -> administrative;
                case INSTITUTION -> institution;
                case CONTRACT -> -1;
            };
        }

    }

    public static Quotas current(OrgUnit u) {
        return new Quotas(u.administrativeQuota, u.institutionQuota, u.leadershipPosts);
    }

    private static Quotas of(UnitQuota r) {
        return new Quotas(r.administrativeQuota, r.institutionQuota, r.leadershipPosts);
    }

    /** The quotas in force on the day. */
    public Quotas on(LocalDate day) {
        UnitQuota inForce = null;
        for (UnitQuota r : rows) {
            if (r.validFrom == null || !r.validFrom.isAfter(day)) {
                inForce = r;
            }
        }
        if (inForce == null) {
            return rows.isEmpty() ? current(unit) : of(rows.get(0));
        }
        return of(inForce);
    }

    /** One kind of quota as a limit over time (e.g. {@code Quotas::leadershipPosts}). */
    public Limit limit(ToIntFunction<Quotas> kind) {
        if (rows.isEmpty()) {
            return Limit.constant(kind.applyAsInt(current(unit)));
        }
        TreeMap<LocalDate, Integer> changes = new TreeMap<>();
        int initial = kind.applyAsInt(of(rows.get(0)));
        for (UnitQuota r : rows) {
            if (r.validFrom == null) {
                initial = kind.applyAsInt(of(r));
            } else {
                changes.put(r.validFrom, kind.applyAsInt(of(r)));
            }
        }
        return Limit.of(initial, changes);
    }

    /** The limit for a slot type; {@code null} for CONTRACT, which takes no quota. */
    public Limit limit(StaffType type) {
        return type == StaffType.CONTRACT ? null : limit(q -> q.of(type));
    }

    /** The first day after {@code day} the unit's quotas change, or {@code null}. */
    public LocalDate changeAfter(LocalDate day) {
        return rows.stream().map(r -> r.validFrom).filter(d -> d != null && d.isAfter(day)).findFirst().orElse(null);
    }

    /**
     * The unit merges on {@code day}: its quotas in force that day leave it (it holds none from the day on); answers
     * what left. The caller makes sure no change of the unit's quotas is dated after the day.
     */
    public Quotas moveOut(LocalDate day, String reference, OffsetDateTime now) {
        Quotas moving = on(day);
        UnitQuota r = rowOn(day, reference, now);
        set(r, Quotas.NONE, UnitQuota.Cause.MERGED_OUT);
        r.reference = reference;
        current(Quotas.NONE);
        return moving;
    }

    /** Quotas moved in from merged units on {@code day}: added to the unit's quotas from the day on. */
    public void moveIn(LocalDate day, Quotas moved, String reference, OffsetDateTime now) {
        rowOn(day, reference, now);
        for (UnitQuota r : rows) {
            if (r.validFrom != null && !r.validFrom.isBefore(day)) {
                set(r, of(r).plus(moved), UnitQuota.Cause.MERGED_IN);
                r.reference = reference;
            }
        }
        current(of(rows.get(rows.size() - 1)));
    }

    /**
     * A correction of the unit's quotas (an update): the unit row, and the quotas in force since the last dated change
     * when there is one.
     */
    public void correct(Quotas q) {
        if (!rows.isEmpty()) {
            UnitQuota last = rows.get(rows.size() - 1);
            last.administrativeQuota = q.administrative();
            last.institutionQuota = q.institution();
            last.leadershipPosts = q.leadershipPosts();
        }
        current(q);
    }

    /** Rows created by the moves, to be inserted. */
    public List<UnitQuota> newRows() {
        return List.copyOf(added);
    }

    /** The row starting on the day, created (from the figures then in force) when there is none. */
    private UnitQuota rowOn(LocalDate day, String reference, OffsetDateTime now) {
        if (rows.isEmpty()) {
            rows.add(newRow(null, current(unit), UnitQuota.Cause.RECORDED, null, now));
        }
        for (UnitQuota r : rows) {
            if (day.equals(r.validFrom)) {
                return r;
            }
        }
        UnitQuota r = newRow(day, on(day), UnitQuota.Cause.MERGED_IN, reference, now);
        rows.add(r);
        sort();
        return r;
    }

    private UnitQuota newRow(LocalDate from, Quotas q, UnitQuota.Cause cause, String reference, OffsetDateTime now) {
        UnitQuota r = new UnitQuota();
        r.unitId = unit.id;
        r.validFrom = from;
        set(r, q, cause);
        r.reference = reference;
        r.recordedAt = now;
        added.add(r);
        return r;
    }

    private static void set(UnitQuota r, Quotas q, UnitQuota.Cause cause) {
        r.administrativeQuota = q.administrative();
        r.institutionQuota = q.institution();
        r.leadershipPosts = q.leadershipPosts();
        r.cause = cause;
    }

    private void current(Quotas q) {
        unit.administrativeQuota = q.administrative();
        unit.institutionQuota = q.institution();
        unit.leadershipPosts = q.leadershipPosts();
    }

    private void sort() {
        rows.sort(Comparator.comparing((UnitQuota r) -> r.validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
