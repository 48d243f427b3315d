package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.time.Duration;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * ③ Reinforcement's toolkit form in a real browser, on the demo pilot "Night-shift snack box": the
 * community manager {@code cora} prepares the guide and the stage's dates, after an empty guide and
 * a refinement window that ends before drafting does; a program manager may not open her task.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToolkitBrowserIT {

    private static final String TOOLKIT_TASK = "Prepare the toolkit guide and the stage's dates";
    private static final String CAMPAIGN = "Night-shift snack box";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theCommunityManagerPreparesTheToolkitAfterAnEmptyGuideAndDatesInTheWrongOrder() {
        // Arrange: a program manager may not open cora's task
        browser.signIn("cora");
        WebElement row = browser.waitForFilteredGroupTask(TOOLKIT_TASK, CAMPAIGN, PATIENCE);
        String taskId = Browser.taskIdOf(row);
        browser.signOut();
        browser.signIn("pia");
        browser.open("task.xhtml?id=" + taskId);
        browser.waitForText(By.id("task-form:messages"), "This task is not available");
        assertThat(browser.driver().findElements(By.id("task-form:guide"))).isEmpty();
        browser.signOut();

        // cora claims it: the mission's ask is shown and the guide starts from the template
        browser.signIn("cora");
        browser.claimAndOpen(browser.waitForFilteredGroupTask(TOOLKIT_TASK, CAMPAIGN, PATIENCE));
        assertThat(browser.text(By.id("toolkit-intro"))).contains(CAMPAIGN);
        assertThat(browser.text(By.id("ideas-sought"))).contains("night");
        assertThat(browser.value(By.id("task-form:guide"))).startsWith("1. Start from a real moment");

        // Act: an empty guide
        browser.type(By.id("task-form:guide"), " ");
        typeDate("task-form:drafting-deadline_input", LocalDate.now().plusDays(10));
        typeDate("task-form:refinement-deadline_input", LocalDate.now().plusDays(5));
        browser.click(By.id("task-form:complete"));

        // Assert: asked for the guide; the dates kept
        browser.waitForText(By.id("toolkit"), "Write the toolkit guide for the cohort");
        assertThat(browser.value(By.id("task-form:drafting-deadline_input")))
                .isEqualTo(LocalDate.now().plusDays(10).toString());

        // Act: a guide, but refinement ends before drafting does
        browser.type(By.id("task-form:guide"), "1. Start from one night at work.\n2. Say what keeps you going.");
        typeDate("task-form:refinement-deadline_input", LocalDate.now().plusDays(6));
        browser.click(By.id("task-form:complete"));

        // Assert
        browser.waitForText(By.id("task-form:messages"), "The refinement window must end after the drafting deadline.");
        assertThat(browser.value(By.id("task-form:guide"))).contains("one night at work");

        // Act: refinement after drafting
        typeDate("task-form:refinement-deadline_input", LocalDate.now().plusDays(20));
        assertThat(browser.value(By.id("task-form:refinement-deadline_input")))
                .isEqualTo(LocalDate.now().plusDays(20).toString());
        browser.click(By.id("task-form:complete"));

        // Assert: drafting is open; the task is gone from her tasks
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), "The toolkit is ready and the cohort can draft ideas.");
        browser.open("inbox.xhtml?view=mine");
        assertThat(browser.rowOf(taskId)).isNull();
        browser.assertNoJavaScriptErrors();
    }

    /**
     * Types a date over the one the picker holds, as a person does: select all, type, leave the
     * field. Not through {@code clear()}, whose change event on the emptied field makes the picker
     * drop part of what is typed next.
     */
    private void typeDate(String inputId, LocalDate date) {
        WebElement field = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), date.toString(), Keys.TAB);
    }
}
