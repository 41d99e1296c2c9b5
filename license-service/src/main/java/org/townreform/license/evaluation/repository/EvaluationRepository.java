package org.townreform.license.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.evaluation.Evaluation;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;

@ApplicationScoped
public class EvaluationRepository implements PanacheRepository<Evaluation> {
}
