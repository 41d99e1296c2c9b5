package org.townreform.license.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an application's history: the action, the states, the day it took place, who did it and when. */
@Entity
@Table(name = "application_transition")
public class ApplicationTransition {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(nullable = false)
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public ApplicationState toState;

    @Column(name = "action_date", nullable = false)
    public LocalDate actionDate;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_roles", nullable = false)
    public String actorRoles;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public String note;
}
