package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Recruiting inbox in a real browser: signing in, claiming and completing a screening task
 * with a validation error on the way, and the interview task it hands to the interviewers. Uses
 * the demo users and the demo campaign of the embedded H2 server, whose screening tasks appear a
 * few seconds after the server starts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitingInboxBrowserIT {

    private static final String RECRUITER = "rita";
    private static final String INTERVIEWER = "ivan";
    private static final String SCREENING_TASK = "Screen written application";
    private static final String INTERVIEW_TASK = "Hold selection interview";
    private static final String KOREAN_SCREENING_TASK = "지원서 서류 심사";
    private static final String KOREAN_RECRUITING = "① 리크루팅";

    /** The demo campaign's screening tasks are created by a job after its call closes. */
    private static final Duration TASKS_APPEAR = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void recruiterScreensAnApplicationAndTheInterviewersGetTheInterview() {
        // Arrange: the recruiter sees the screening tasks of the demo campaign in her groups' tasks
        browser.signIn(RECRUITER);
        WebElement screeningRow = browser.waitForGroupTask(SCREENING_TASK, TASKS_APPEAR);

        // Act: claim it, open it from "My tasks" and submit it without a decision
        String taskId = browser.claimAndOpen(screeningRow);
        String candidate = browser.text(By.id("candidate-name"));
        browser.type(By.id("task-form:capability_input"), "4");
        browser.type(By.id("task-form:willingness_input"), "3");
        browser.type(By.id("task-form:writing_input"), "5");
        browser.type(By.id("task-form:comment"), "Clear, passionate and close to the target group.");
        browser.click(By.id("task-form:complete"));

        // Assert: the error stands next to the decision, and what was typed is still there
        browser.waitForText(By.id("task-form:decision-message"), "Choose a decision");
        assertThat(browser.value(By.id("task-form:capability_input"))).isEqualTo("4");
        assertThat(browser.value(By.id("task-form:willingness_input"))).isEqualTo("3");
        assertThat(browser.value(By.id("task-form:writing_input"))).isEqualTo("5");
        assertThat(browser.value(By.id("task-form:comment")))
                .isEqualTo("Clear, passionate and close to the target group.");
        assertThat(browser.driver().findElement(By.id("task-form:capability-message")).getText()).isEmpty();

        // Act: shortlist the candidate and complete the task
        browser.chooseRadio("task-form:decision", "SHORTLIST");
        browser.click(By.id("task-form:complete"));

        // Assert: back in the inbox with a confirmation, the task is gone from my tasks
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), candidate);
        assertThat(browser.rowOf(taskId)).isNull();
        browser.assertNoJavaScriptErrors();

        // Act: the interviewer signs in
        browser.signOut();
        browser.signIn(INTERVIEWER);

        // Assert: the interviewers' tasks hold the interview with that candidate, named in the row
        WebElement interview = browser.waitForGroupTask(INTERVIEW_TASK, candidate, TASKS_APPEAR);
        assertThat(interview.findElement(By.cssSelector("[id$=':subject']")).getText()).isEqualTo(candidate);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aWrongPasswordShowsTheSignInFailure() {
        // Arrange
        browser.open("");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));

        // Act
        browser.type(By.id("username"), RECRUITER);
        browser.type(By.id("password"), "not-the-password");
        browser.click(By.id("sign-in"));

        // Assert: the failure is explained and the form is there to try again
        browser.waitForText(By.id("sign-in-error"), "wrong");
        assertThat(browser.driver().findElement(By.id("username")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("sign-in")).isDisplayed()).isTrue();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theKoreanSwitchShowsKoreanTextsAndTaskNames() {
        // Arrange
        browser.signIn(RECRUITER);
        assertThat(browser.text(By.id("inbox-form:view-mine"))).isEqualTo("My tasks");

        // Act
        browser.click(By.id("header-form:lang-ko"));

        // Assert: the page and the next pages speak Korean
        browser.waitForText(By.id("inbox-form:view-mine"), "내 업무");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
        browser.click(By.id("header-form:nav-campaigns"));
        browser.waitForText(By.tagName("h1"), "캠페인");

        // Assert: tasks and stages carry their Korean names, and the name filter takes Korean
        WebElement screening = browser.waitForFilteredGroupTask(KOREAN_SCREENING_TASK, null, TASKS_APPEAR);
        assertThat(screening.findElement(By.cssSelector("[id$=':stage']")).getText()).isEqualTo(KOREAN_RECRUITING);
        screening.findElement(By.cssSelector("a.task-name")).click();
        browser.waitForText(By.id("task-stage"), KOREAN_RECRUITING);
        assertThat(browser.text(By.tagName("h1"))).isEqualTo(KOREAN_SCREENING_TASK);
        browser.assertNoJavaScriptErrors();
    }
}
