package com.cocreation5r.evaluation;

import com.cocreation5r.engine.EngineLookups;
import com.cocreation5r.process.RealizationProcess;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.identity.User;

/**
 * Chooses evaluators among the members of the {@code evaluator} group: those with the fewest open
 * evaluations first, never anyone already involved with the idea in this Realization (asked,
 * scored or conflicted). Runs inside the engine's command, seeing every member whoever drives it.
 */
@ApplicationScoped
public class EvaluatorSelection {

    /** How many evaluators score each idea, if the group has that many. */
    public static final int EVALUATORS_PER_IDEA = 2;

    static final String EVALUATOR_GROUP = "evaluator";

    public List<String> choose(ProcessEngineServices engine, int count, Collection<String> excluded) {
        return EngineLookups.withoutAuthorization(() -> {
            List<String> members = engine.getIdentityService().createUserQuery().memberOfGroup(EVALUATOR_GROUP)
                    .list().stream().map(User::getId).filter(member -> !excluded.contains(member)).toList();
            Map<String, Long> openEvaluations = members.stream().collect(Collectors.toMap(Function.identity(),
                    member -> engine.getTaskService().createTaskQuery()
                            .taskDefinitionKey(RealizationProcess.EVALUATE_IDEA).taskAssignee(member).count()));
            return members.stream()
                    .sorted(Comparator.comparing((String member) -> openEvaluations.get(member))
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(count)
                    .toList();
        });
    }
}
