package com.cocreation5r.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sequence flows an instance took, inferred from its activity history and its model.
 *
 * <p>Camunda 7 records activity instances but not the sequence flows between them, so they are
 * inferred: a run of a flow's target was entered through that flow when a run of the flow's source
 * left normally (ended, not cancelled) in the same scope no later than the target's run started.
 * When several incoming flows qualify, the source that left last is the one that led there; the
 * other candidates ended earlier and went elsewhere (a gateway that skipped a step, an earlier pass
 * of a loop). A joining parallel or inclusive gateway waits for every incoming branch, so there
 * every qualifying incoming flow counts. Targets that never ran mark no flow, so a path not taken
 * at a gateway stays unmarked.
 */
final class TakenFlows {

    private TakenFlows() {
    }

    static Set<String> of(List<SequenceFlowLink> flows, List<ActivityVisit> visits) {
        Map<String, List<ActivityVisit>> visitsByActivity = visits.stream()
                .collect(Collectors.groupingBy(ActivityVisit::activityId));
        Map<String, List<SequenceFlowLink>> incoming = flows.stream()
                .collect(Collectors.groupingBy(SequenceFlowLink::targetId));
        Set<String> taken = new LinkedHashSet<>();
        for (Map.Entry<String, List<SequenceFlowLink>> target : incoming.entrySet()) {
            for (ActivityVisit arrival : visitsByActivity.getOrDefault(target.getKey(), List.of())) {
                List<Candidate> candidates = new ArrayList<>();
                for (SequenceFlowLink flow : target.getValue()) {
                    latestBefore(visitsByActivity.getOrDefault(flow.sourceId(), List.of()), arrival)
                            .ifPresent(departure -> candidates.add(new Candidate(flow, departure)));
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                boolean joining = target.getValue().stream().anyMatch(SequenceFlowLink::joining);
                if (joining) {
                    candidates.forEach(candidate -> taken.add(candidate.flow().flowId()));
                } else {
                    candidates.stream().max(Comparator.comparing(candidate -> candidate.departure().endedAt()))
                            .ifPresent(candidate -> taken.add(candidate.flow().flowId()));
                }
            }
        }
        return taken;
    }

    private static Optional<ActivityVisit> latestBefore(List<ActivityVisit> sources, ActivityVisit arrival) {
        return sources.stream()
                .filter(ActivityVisit::leftNormally)
                .filter(source -> source.scopeId().equals(arrival.scopeId()))
                .filter(source -> !source.endedAt().isAfter(arrival.startedAt()))
                .max(Comparator.comparing(ActivityVisit::endedAt));
    }

    private record Candidate(SequenceFlowLink flow, ActivityVisit departure) {
    }
}
