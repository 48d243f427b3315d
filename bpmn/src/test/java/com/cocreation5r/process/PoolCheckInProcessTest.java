package com.cocreation5r.process;

import static com.cocreation5r.process.PoolCheckInProcess.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pool check-in recurs: each timer start opens a check-in for the community managers and schedules the next. */
class PoolCheckInProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final ZonedDateTime DEPLOYED = ZonedDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneId.systemDefault());

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(DEPLOYED.toInstant()));
        init(engine.getProcessEngine());
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        reset();
    }

    @Test
    @Deployment(resources = "models/pool-check-in.bpmn")
    void everyNinetyDaysTheCommunityManagersHoldACheckIn() {
        // Given the model deployed: the first check-in is due in 90 days
        Job first = managementService().createJobQuery().processDefinitionKey(PROCESS_KEY).timers().singleResult();
        assertThat(first.getDuedate()).isEqualTo(Date.from(DEPLOYED.plusDays(90).toInstant()));

        // When it is due
        ClockUtil.setCurrentTime(first.getDuedate());
        execute(first);

        // Then the community managers have a check-in task, and the next one is scheduled
        ProcessInstance checkIn = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .singleResult();
        assertThat(checkIn).isWaitingAt(HOLD_CHECK_IN);
        assertThat(task(checkIn)).hasCandidateGroup(COMMUNITY_MANAGER_GROUP).hasFormKey(HOLD_CHECK_IN_FORM)
                .hasDueDate(Date.from(DEPLOYED.plusDays(90 + HOLD_CHECK_IN_DUE_DAYS).toInstant()));
        Job next = managementService().createJobQuery().processDefinitionKey(PROCESS_KEY).timers().singleResult();
        assertThat(next.getDuedate()).isEqualTo(Date.from(DEPLOYED.plusDays(180).toInstant()));

        // When it is held
        complete(task(checkIn));

        // Then it ends
        assertThat(checkIn).hasPassedInOrder(CHECK_IN_DUE, HOLD_CHECK_IN, CHECK_IN_HELD).isEnded();
    }
}
