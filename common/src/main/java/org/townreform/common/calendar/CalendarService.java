package org.townreform.common.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.common.audit.AuditLog;
import org.townreform.common.config.CommonConfig;
import org.townreform.common.error.DatabaseErrors;
import org.townreform.common.error.Problems;
import org.townreform.common.security.Caller;
import org.townreform.common.time.BusinessClock;
import org.townreform.common.time.WorkingDayCalendar;
import org.townreform.common.version.Versions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The working-day calendar as data (SPEC §1): years are loaded through the API as the State Council publishes them, and
 * every deadline is computed against what is loaded when it is read, so a provisional deadline becomes final by itself
 * once its year arrives. Loaded years are kept in memory for {@code townreform.calendar.cache-ttl}.
 */
@ApplicationScoped
public class CalendarService {
    private static final TypeReference<List<CalendarDocument.Day>> DAYS = new TypeReference<>() {
    };

    private final CalendarYearRepository repository;
    private final AuditLog audit;
    private final Caller caller;
    private final BusinessClock clock;
    private final ObjectMapper json;
    private final Duration ttl;

    private volatile Cached cached;

    private record Cached(WorkingDayCalendar calendar, Instant loadedAt) {
    }

    public CalendarService(CalendarYearRepository repository, AuditLog audit, Caller caller, BusinessClock clock,
            ObjectMapper json, CommonConfig config) {
        this.repository = repository;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
        this.ttl = config.calendar().cacheTtl();
    }

    /** The calendar as loaded now (from memory when fresh). Joins the caller's session, or opens one. */
    public Uni<WorkingDayCalendar> calendar() {
        Cached c = cached;
        if (c != null && c.loadedAt().plus(ttl).isAfter(Instant.now())) {
            return Uni.createFrom().item(c.calendar());
        }
        return Panache.withSession(() -> repository.listAll()).map(rows -> {
            List<WorkingDayCalendar.Year> years = new ArrayList<>();
            for (CalendarYear row : rows) {
                years.add(new CalendarDocument(row.year, null, readDays(row.days)).toYear(row.year));
            }
            WorkingDayCalendar cal = new WorkingDayCalendar(years);
            cached = new Cached(cal, Instant.now());
            return cal;
        });
    }

    /** Forgets the cached calendar so the next read sees the database. */
    public void invalidate() {
        cached = null;
    }

    @WithTransaction
    public Uni<List<Integer>> loadedYears() {
        return repository.listAll().map(rows -> rows.stream().map(r -> r.year).sorted().toList());
    }

    @WithTransaction
    public Uni<CalendarView> get(int year) {
        return repository.findById(year).map(row -> {
            if (row == null) {
                throw Problems.notFound("Calendar year", year);
            }
            return view(row);
        });
    }

    /**
     * Loads or replaces a year. Loading a year not yet loaded needs no version; replacing a loaded one needs the version
     * read ({@code If-Match}): without it 428 {@code PRECONDITION_REQUIRED}, with another 409 {@code STALE_VERSION}, and
     * nothing changes. Two loads of a new year at the same moment: the one whose insert meets the other's row is refused
     * 409 {@code CONCURRENT_UPDATE}, to be sent again (then as a replacement, with the version read).
     */
    @WithTransaction
    public Uni<CalendarView> put(int year, CalendarDocument doc, String ifMatch) {
        if (year < 1949 || year > 2200) {
            throw Problems.invalid("year", "must be a calendar year between 1949 and 2200");
        }
        doc.checkFor(year);
        return repository.findById(year).flatMap(existing -> {
            String before = existing == null ? null : existing.days;
            CalendarYear row = existing;
            if (row == null) {
                row = new CalendarYear();
                row.year = year;
            } else {
                Versions.check("Calendar year", year, Versions.expected(ifMatch, null), row.version);
            }
            row.days = writeDays(doc.days());
            row.papers = doc.papers() == null ? null : String.join("\n", doc.papers());
            row.updatedAt = clock.now();
            row.updatedBy = caller.name();
            CalendarYear saved = row;
            return repository.persistAndFlush(saved)
                    .flatMap(x -> audit.record(existing == null ? "CALENDAR_LOADED" : "CALENDAR_REPLACED",
                            "CalendarYear", year, null, before, view(saved)))
                    .invoke(this::invalidate)
                    .map(x -> view(saved));
        }).onFailure(CalendarService::lostRace).transform(f -> Problems.conflict("CONCURRENT_UPDATE",
                "The calendar of " + year + " was loaded by another request at the same time: send it again"));
    }

    /**
     * Whether a load of a new year met the row a simultaneous load inserted. (A replacement cannot lose that way: it
     * names the version it read, and a stale one is answered {@code STALE_VERSION}.)
     */
    private static boolean lostRace(Throwable failure) {
        DatabaseErrors.Failure db = DatabaseErrors.find(failure);
        return db != null && db.uniqueViolation() && "calendar_year_pkey".equals(db.constraint());
    }

    private CalendarView view(CalendarYear row) {
        List<CalendarDocument.Day> days = readDays(row.days);
        int holidays = (int) days.stream().filter(CalendarDocument.Day::isOffDay).count();
        List<String> papers = row.papers == null ? List.of() : Arrays.asList(row.papers.split("\n"));
        return new CalendarView(row.year, papers, days, holidays, days.size() - holidays, row.version, row.updatedAt,
                row.updatedBy);
    }

    private List<CalendarDocument.Day> readDays(String s) {
        try {
            return json.readValue(s, DAYS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar cannot be read", e);
        }
    }

    private String writeDays(List<CalendarDocument.Day> days) {
        try {
            return json.writeValueAsString(days.stream()
                    .sorted((a, b) -> a.date().compareTo(b.date())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
