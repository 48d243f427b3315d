package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.time.Duration;
import java.util.List;
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
 * ④ Realization in a real browser, on the demo campaign "Refillable deodorant pack": the partner
 * {@code paul} reads and acknowledges the explanation of his rejected idea (which {@code nari}
 * may not open), the mid-level manager {@code tom} triages an idea, first with a wrong value, the
 * evaluator {@code eva} scores one without seeing its partner, and the expert, the execution
 * department and the executive find their work.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RealizationBrowserIT {

    private static final String ACKNOWLEDGE_TASK = "Acknowledge the explanation";
    private static final String TRIAGE_TASK = "Triage the idea";
    /** The demo ideas these tests work on, named in the inbox's subject column. */
    private static final String REJECTED_IDEA = "Glow-in-the-dark cap";
    private static final String IDEA_IN_TRIAGE = "Click-in refill pouch";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void thePartnerReadsTheExplanationOfHisRejectedIdeaAndAcknowledgesIt() {
        // Arrange: paul's own task, which nari may not open
        browser.signIn("paul");
        WebElement row = myTask(ACKNOWLEDGE_TASK, REJECTED_IDEA);
        String taskId = Browser.taskIdOf(row);
        browser.signOut();
        browser.signIn("nari");
        browser.open("inbox.xhtml");
        assertThat(browser.driver().findElements(By.xpath(myRowsXpath(ACKNOWLEDGE_TASK, REJECTED_IDEA)))).isEmpty();
        browser.open("task.xhtml?id=" + taskId);
        browser.waitForText(By.id("task-form:messages"), "not available");
        assertThat(browser.driver().findElements(By.id("explanation-notes"))).isEmpty();
        browser.signOut();

        // Act: paul opens it
        browser.signIn("paul");
        browser.open("task.xhtml?id=" + taskId);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("task-form:complete")));

        // Assert: the reasons, what he was told and the published score; nothing internal
        assertThat(browser.text(By.id("explanation-title"))).isEqualTo(REJECTED_IDEA);
        assertThat(browser.text(By.id("explanation-reasons"))).contains("Not new enough")
                .contains("Few participants voted for it");
        assertThat(browser.text(By.id("explanation-notes"))).startsWith("Glowing caps are already on the market");
        assertThat(browser.text(By.id("weighted-score"))).contains("of 100 points");
        assertThat(browser.driver().getPageSource()).doesNotContain("procurement").doesNotContain("xena");

        // Act: he acknowledges it with a comment
        browser.type(By.id("task-form:comment"), "Thank you for taking the time to explain.");
        browser.click(By.id("task-form:complete"));

        // Assert: back in his inbox with a thank-you, the task done
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), "Thank you");
        assertThat(browser.rowOf(taskId)).isNull();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theTriageManagerIsToldWhatIsMissingAndKeepsWhatHeEntered() {
        // Arrange: tom's triage of the demo idea, given to him by the rotation
        browser.signIn("tom");
        WebElement row = myTask(TRIAGE_TASK, IDEA_IN_TRIAGE);
        String taskId = Browser.taskIdOf(row);
        row.findElement(By.cssSelector("a.task-name")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("task-form:complete")));
        assertThat(browser.text(By.id("idea-title"))).isEqualTo(IDEA_IN_TRIAGE);
        assertThat(browser.text(By.id("idea-partner"))).isEqualTo("Paul Pyo");

        // Act: a duplicate, without saying of which idea
        choose("task-form:decision", "DUPLICATE");
        chooseFromMenu("task-form:business-concept", "Packaging");
        browser.type(By.id("task-form:notes"), "Looks like the pouch idea from the spring campaign.");
        browser.click(By.id("task-form:complete"));

        // Assert: the error stands next to the missing field, and the input is kept
        browser.waitForText(By.id("task-form:duplicate-of-idea-id-message"), "Choose the earlier idea");
        assertThat(browser.value(By.id("task-form:notes"))).isEqualTo("Looks like the pouch idea from the spring campaign.");
        assertThat(browser.driver().findElement(By.cssSelector("input[name='task-form:decision'][value='DUPLICATE']"))
                .isSelected()).isTrue();
        assertThat(browser.text(By.id("task-form:business-concept_label"))).isEqualTo("Packaging");

        // Act: route it to evaluation instead, with its department
        choose("task-form:decision", "EVALUATE");
        chooseFromMenu("task-form:department", "Design");
        browser.click(By.id("task-form:complete"));

        // Assert: triaged, and gone from his tasks
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), IDEA_IN_TRIAGE);
        assertThat(browser.rowOf(taskId)).isNull();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void anEvaluatorDeclaresNoConflictAndScoresWithoutLearningWhoThePartnerIs() {
        // Arrange: eva's evaluation of a demo idea under blind review
        browser.signIn("eva");
        WebElement row = myTask("Evaluate the idea", "Scent that wakes up after the gym");
        String taskId = Browser.taskIdOf(row);
        row.findElement(By.cssSelector("a.task-name")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("task-form:declare")));
        assertThat(browser.text(By.id("idea-partner"))).isEqualTo("Hidden (blind review)");
        assertThat(browser.driver().getPageSource()).doesNotContain("Nari Nam");

        // Act: no conflict of interest, then a score for each criterion
        choose("task-form:conflicted", "false");
        browser.click(By.id("task-form:declare"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("task-form:complete")));
        List<WebElement> scores = browser.driver().findElements(By.cssSelector("input[id$=':score_input']"));
        assertThat(scores).hasSize(3);
        for (int i = 0; i < scores.size(); i++) {
            browser.type(By.id("task-form:criteria:" + i + ":score_input"), String.valueOf(4 - i % 2));
        }
        browser.type(By.id("task-form:comment"), "A real benefit after training.");
        browser.click(By.id("task-form:complete"));

        // Assert: recorded, and the task is done
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), "Your evaluation of");
        assertThat(browser.rowOf(taskId)).isNull();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theExpertTheDepartmentAndTheExecutiveFindTheirRealizationWork() {
        // the internal expert: a rejection to explain, with the reasons that apply
        browser.signIn("xena");
        browser.claimAndOpen(browser.waitForGroupTask("Explain the rejection one to one", "Mint travel mini", PATIENCE));
        assertThat(browser.text(By.id("idea-title"))).isEqualTo("Mint travel mini");
        assertThat(browser.text(By.id("weighted-score"))).contains("of 100 points");
        assertThat(browser.text(By.id("task-form:reason-ids"))).contains("Not new enough").contains("Outside the mission");
        browser.assertNoJavaScriptErrors();
        browser.signOut();

        // the execution department: the fast-tracked idea, with the executive's reason
        browser.signIn("dora");
        browser.claimAndOpen(browser.waitForGroupTask("Take on the accepted idea", "Unscented line for sensitive skin",
                PATIENCE));
        assertThat(browser.text(By.id("fast-track-reason"))).contains("fastest-growing complaint");
        browser.assertNoJavaScriptErrors();
        browser.signOut();

        // the executive: every submitted idea, unfiltered; those before a decision can be fast-tracked
        browser.signIn("ed");
        browser.click(By.id("header-form:nav-direct-channel"));
        browser.waitForText(By.tagName("h1"), "Direct channel");
        WebElement sensitive = browser.driver().findElement(By.xpath(
                "//tbody[@id='channel-form:ideas_data']/tr[.//*[contains(@id,':title') and normalize-space(.)="
                        + "'Unscented line for sensitive skin']]"));
        assertThat(sensitive.getText()).contains("Nari Nam");
        assertThat(sensitive.findElements(By.cssSelector("[id$=':fast-track']"))).isEmpty();
        browser.assertNoJavaScriptErrors();
    }

    /** The row of one of the user's own tasks about {@code idea}, reloading "My tasks" until it is there. */
    private WebElement myTask(String taskName, String idea) {
        return browser.waitFor(driver -> {
            browser.open("inbox.xhtml");
            List<WebElement> rows = driver.findElements(By.xpath(myRowsXpath(taskName, idea)));
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    private static String myRowsXpath(String taskName, String idea) {
        return "//tbody[@id='inbox-form:tasks_data']/tr[.//a[contains(@class,'task-name') and normalize-space(.)='"
                + taskName + "'] and .//*[contains(@id,':subject') and normalize-space(.)='" + idea + "']]";
    }

    /**
     * Picks an option of a PrimeFaces select menu by its label, opening the menu again if a click
     * landed while its panel was still sliding open.
     */
    private void chooseFromMenu(String menuId, String label) {
        By option = By.xpath("//*[starts-with(@id,'" + menuId + "_')]//li[normalize-space(.)='" + label + "']");
        browser.waitFor(driver -> {
            List<WebElement> shown = driver.findElements(option).stream().filter(WebElement::isDisplayed).toList();
            if (shown.isEmpty()) {
                driver.findElement(By.id(menuId)).click();
            } else {
                shown.get(0).click();
            }
            return label.equals(driver.findElement(By.id(menuId + "_label")).getText());
        });
    }

    /** Chooses a radio option, and makes sure it is the one chosen. */
    private void choose(String radioName, String value) {
        By input = By.cssSelector("input[name='" + radioName + "'][value='" + value + "']");
        browser.waitFor(driver -> {
            if (!driver.findElement(input).isSelected()) {
                browser.chooseRadio(radioName, value);
            }
            return driver.findElement(input).isSelected();
        });
    }
}
