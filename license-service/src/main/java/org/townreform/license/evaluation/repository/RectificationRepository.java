package org.townreform.license.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.evaluation.Rectification;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

@ApplicationScoped
public class RectificationRepository implements PanacheRepository<Rectification> {
}
