package com.cocreation5r.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Conflict-of-interest declarations, evaluations and computed scores in the database. */
@ApplicationScoped
public class EvaluationRepository {

    @PersistenceContext
    private EntityManager em;

    void add(ConflictOfInterestDeclaration declaration) {
        em.persist(declaration);
    }

    void add(Evaluation evaluation) {
        em.persist(evaluation);
    }

    void add(IdeaScore score) {
        em.persist(score);
    }

    Optional<ConflictOfInterestDeclaration> declaration(Long ideaId, int round, String evaluator) {
        return em.createQuery("select d from ConflictOfInterestDeclaration d where d.ideaId = :idea"
                        + " and d.realizationRound = :round and d.evaluatorUserId = :evaluator",
                        ConflictOfInterestDeclaration.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .setParameter("evaluator", evaluator)
                .getResultStream().findFirst();
    }

    List<ConflictOfInterestDeclaration> declarations(Long ideaId, int round) {
        return em.createQuery("select d from ConflictOfInterestDeclaration d where d.ideaId = :idea"
                        + " and d.realizationRound = :round order by d.declaredAt, d.id",
                        ConflictOfInterestDeclaration.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .getResultList();
    }

    public List<Evaluation> evaluations(Long ideaId, int round) {
        return em.createQuery("select e from Evaluation e where e.ideaId = :idea and e.realizationRound = :round"
                        + " order by e.scoredAt, e.id", Evaluation.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .getResultList();
    }

    public Optional<IdeaScore> score(Long ideaId, int round) {
        return em.createQuery("select s from IdeaScore s where s.ideaId = :idea and s.realizationRound = :round",
                        IdeaScore.class)
                .setParameter("idea", ideaId)
                .setParameter("round", round)
                .getResultStream().findFirst();
    }
}
