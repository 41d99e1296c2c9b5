package org.townreform.common.calendar;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CalendarYearRepository implements PanacheRepositoryBase<CalendarYear, Integer> {
}
