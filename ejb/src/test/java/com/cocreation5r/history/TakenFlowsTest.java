package com.cocreation5r.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TakenFlowsTest {

    private static final String PROCESS = "instance-1";

    @Test
    void aGatewayThatSkippedAStepMarksOnlyThePathThroughTheStepTaken() {
        // Arrange: start → gateway → (review →) decide; the review ran, so the direct flow was not taken
        List<SequenceFlowLink> flows = List.of(flow("toGateway", "start", "gateway"),
                flow("toReview", "gateway", "review"), flow("skipReview", "gateway", "decide"),
                flow("afterReview", "review", "decide"));
        List<ActivityVisit> visits = List.of(visit("start", 0, 1), visit("gateway", 1, 1), visit("review", 1, 5),
                visit("decide", 5, null));

        // Act
        Set<String> taken = TakenFlows.of(flows, visits);

        // Assert
        assertThat(taken).containsExactlyInAnyOrder("toGateway", "toReview", "afterReview");
    }

    @Test
    void aStepThatNeverRanMarksNoFlowIntoIt() {
        // Arrange: the gateway chose "reject"; "accept" never ran
        List<SequenceFlowLink> flows = List.of(flow("toAccept", "gateway", "accept"),
                flow("toReject", "gateway", "reject"));
        List<ActivityVisit> visits = List.of(visit("gateway", 0, 0), visit("reject", 0, 3));

        // Act
        Set<String> taken = TakenFlows.of(flows, visits);

        // Assert
        assertThat(taken).containsExactly("toReject");
    }

    @Test
    void anActivityCancelledByABoundaryEventLeavesThroughTheEventNotItsOwnFlow() {
        // Arrange: the timer on "triage" fired and cancelled it; "escalate" followed the timer
        List<SequenceFlowLink> flows = List.of(flow("afterTriage", "triage", "decide"),
                flow("afterTimer", "timer", "escalate"));
        List<ActivityVisit> visits = List.of(new ActivityVisit("triage", PROCESS, at(0), at(10), true),
                visit("timer", 10, 10), visit("escalate", 10, null));

        // Act
        Set<String> taken = TakenFlows.of(flows, visits);

        // Assert
        assertThat(taken).containsExactly("afterTimer");
    }

    @Test
    void aJoiningGatewayCountsEveryBranchThatArrived() {
        // Arrange: two parallel branches meet at a joining gateway
        List<SequenceFlowLink> flows = List.of(new SequenceFlowLink("fromLegal", "legal", "join", true),
                new SequenceFlowLink("fromFinance", "finance", "join", true));
        List<ActivityVisit> visits = List.of(visit("legal", 0, 4), visit("finance", 0, 6), visit("join", 6, 6));

        // Act
        Set<String> taken = TakenFlows.of(flows, visits);

        // Assert
        assertThat(taken).containsExactlyInAnyOrder("fromLegal", "fromFinance");
    }

    @Test
    void runsInAnotherScopeDoNotLeadIntoThisOne() {
        // Arrange: "check" ran inside a sub-process; "archive" ran outside it
        List<SequenceFlowLink> flows = List.of(flow("checkToArchive", "check", "archive"));
        List<ActivityVisit> visits = List.of(new ActivityVisit("check", "sub-1", at(0), at(2), false),
                visit("archive", 3, 4));

        // Act
        Set<String> taken = TakenFlows.of(flows, visits);

        // Assert
        assertThat(taken).isEmpty();
    }

    private static SequenceFlowLink flow(String id, String source, String target) {
        return new SequenceFlowLink(id, source, target, false);
    }

    private static ActivityVisit visit(String activityId, long start, Integer end) {
        return new ActivityVisit(activityId, PROCESS, at(start), end == null ? null : at(end), false);
    }

    private static Instant at(long second) {
        return Instant.ofEpochSecond(1_800_000_000L + second);
    }
}
