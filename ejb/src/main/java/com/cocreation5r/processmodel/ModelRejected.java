package com.cocreation5r.processmodel;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** A model was refused; nothing was stored or deployed. Rolls back the caller's transaction. */
@ApplicationException(rollback = true)
public class ModelRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ModelProblem> problems;

    public ModelRejected(List<ModelProblem> problems) {
        super("Model refused: " + problems.stream().map(ModelProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
