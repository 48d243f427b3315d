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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * ⑤ Retention's periodic check-in in a real browser: the community manager {@code cora} records the
 * check-in with the partner pool that fell due in the demo, after leaving its notes empty and typing
 * a negative number of partners; a program manager may not open the task.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PoolCheckInBrowserIT {

    private static final String CHECK_IN_TASK = "Hold the check-in with the partner pool";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theCommunityManagerRecordsTheCheckInAfterMissingNotes() {
        // Arrange: a program manager may not open cora's task
        browser.signIn("cora");
        String taskId = Browser.taskIdOf(browser.waitForFilteredGroupTask(CHECK_IN_TASK, null, PATIENCE));
        browser.signOut();
        browser.signIn("pia");
        browser.open("task.xhtml?id=" + taskId);
        browser.waitForText(By.id("task-form:messages"), "This task is not available");
        assertThat(browser.driver().findElements(By.id("task-form:notes"))).isEmpty();
        browser.signOut();

        // cora claims it and sees the pool
        browser.signIn("cora");
        browser.claimAndOpen(browser.waitForFilteredGroupTask(CHECK_IN_TASK, null, PATIENCE));
        assertThat(browser.text(By.id("check-in-intro"))).contains("The pool has");

        // Act: partners reached, but no notes
        browser.type(By.id("task-form:partners-reached_input"), "4");
        browser.click(By.id("task-form:complete"));

        // Assert: asked for the notes; the number kept
        browser.waitForText(By.id("task-form:notes-message"), "Note what the partners said.");
        assertThat(browser.value(By.id("task-form:partners-reached_input"))).isEqualTo("4");

        // Act
        browser.type(By.id("task-form:notes"), "Four partners met online; two asked when the next campaign opens.");
        browser.click(By.id("task-form:complete"));

        // Assert: recorded; gone from her tasks
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), "The check-in is recorded.");
        browser.open("inbox.xhtml?view=mine");
        assertThat(browser.rowOf(taskId)).isNull();
        browser.assertNoJavaScriptErrors();
    }
}
