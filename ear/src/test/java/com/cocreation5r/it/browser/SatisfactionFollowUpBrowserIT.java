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
 * ⑤ Retention's low-satisfaction follow-up in a real browser: the program manager {@code pia}
 * follows up with the demo newcomer Minho Song, who answered his survey for "Skin-care line for
 * teens" with a low satisfaction, after trying to complete it without saying what she did; a
 * community manager may not open the task.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SatisfactionFollowUpBrowserIT {

    private static final String FOLLOW_UP_TASK = "Follow up with a dissatisfied or silent partner";
    private static final String CAMPAIGN = "Skin-care line for teens";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theProgramManagerRecordsTheFollowUpAfterLeavingItEmpty() {
        // Arrange: a community manager may not open pia's task
        browser.signIn("pia");
        String taskId = Browser.taskIdOf(browser.waitForFilteredGroupTask(FOLLOW_UP_TASK, CAMPAIGN, PATIENCE));
        browser.signOut();
        browser.signIn("cora");
        browser.open("task.xhtml?id=" + taskId);
        browser.waitForText(By.id("task-form:messages"), "This task is not available");
        assertThat(browser.driver().findElements(By.id("task-form:action-taken"))).isEmpty();
        browser.signOut();

        // pia claims it and sees Minho's answers
        browser.signIn("pia");
        browser.claimAndOpen(browser.waitForFilteredGroupTask(FOLLOW_UP_TASK, CAMPAIGN, PATIENCE));
        assertThat(browser.text(By.id("partner-name"))).contains("Minho Song");
        assertThat(browser.text(By.id("survey-answers"))).isNotBlank();

        // Act: complete without saying what she did
        browser.click(By.id("task-form:complete"));

        // Assert: asked for it next to the field; the task stays
        browser.waitForText(By.id("task-form:action-taken-message"), "Say what you did for the partner.");
        assertThat(browser.driver().getCurrentUrl()).contains("task.xhtml");

        // Act
        browser.type(By.id("task-form:action-taken"), "Called Minho; he felt unheard. Invited him to the next tasting.");
        browser.click(By.id("task-form:complete"));

        // Assert: recorded; gone from her tasks
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), "The follow-up with Minho Song is recorded.");
        browser.open("inbox.xhtml?view=mine");
        assertThat(browser.rowOf(taskId)).isNull();
        browser.assertNoJavaScriptErrors();
    }
}
