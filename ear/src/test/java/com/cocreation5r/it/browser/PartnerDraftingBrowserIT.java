package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A demo partner's drafting task in headless Chromium: a wrong value is refused next to its field,
 * the feasibility rules warn about a restricted ingredient and a missing sub-mission, and the idea
 * is submitted to the cohort only once the partner confirms the warnings. The same partner opening
 * another partner's idea by its address is refused and sees nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerDraftingBrowserIT {

    private static final String PARTNER = "paul";
    private static final String OTHER_PARTNER = "nari";
    private static final String DRAFT_TASK = "Draft and submit your ideas";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aPartnerIsWarnedByTheFeasibilityRulesAndSubmitsOnlyAfterConfirming() {
        // Arrange: paul opens his drafting task from "My tasks"
        browser.signIn(PARTNER);
        browser.open("inbox.xhtml?view=mine");
        WebElement row = browser.waitFor(driver -> driver.findElements(Browser.taskRows(DRAFT_TASK)).stream()
                .findFirst().orElse(null));
        // the row names the campaign, though partners may not read the stage's instance, and shows
        // nothing of the model's documentation, which is written for process owners
        assertThat(row.findElement(By.cssSelector("[id$=':campaign']")).getText())
                .isEqualTo("Sparkling tea for night owls");
        assertThat(row.findElement(By.cssSelector("[id$=':subject']")).getText()).isEmpty();
        row.findElement(By.cssSelector("a.task-name")).click();
        browser.waitForText(By.id("toolkit-guide"), "Start from a real moment");
        String title = "Night-shift fizz " + UUID.randomUUID().toString().substring(0, 6);

        // Act: a negative cost and a restricted ingredient, no sub-mission
        browser.type(By.id("task-form:title"), title);
        browser.type(By.id("task-form:summary"), "A fizzy evening tea for people who work nights.");
        browser.type(By.id("task-form:description"), "Rooibos, lime and a little ginger; no caffeine, no sugar.");
        browser.type(By.id("task-form:estimated-cost"), "-5");
        browser.type(By.id("task-form:ingredients"), "rooibos, lime, triclosan");
        browser.click(By.id("task-form:check"));

        // Assert: the wrong value is refused next to its field, nothing else happens
        browser.waitForText(By.id("task-form:estimated-cost-message"), "cannot be negative");

        // Act: correct the cost and ask the rules again
        browser.type(By.id("task-form:estimated-cost"), "30000000");
        browser.click(By.id("task-form:check"));

        // Assert: both warnings are shown next to the form
        browser.waitForText(By.id("feasibility-warnings"), "may not be added");
        assertThat(browser.text(By.id("feasibility-warnings"))).contains("sub-missions");

        // Act: submitting without confirming is refused; confirming submits
        browser.click(By.id("task-form:submit"));
        browser.waitForText(By.id("task-form:messages"), "confirm the warnings");
        browser.click(By.cssSelector("[id='task-form:confirm-warnings'] .ui-chkbox-box"));
        browser.click(By.id("task-form:submit"));

        // Assert: the idea is listed as submitted to the cohort, with its two warnings
        browser.waitForText(By.id("task-form:messages"), "was submitted to the cohort");
        WebElement submitted = browser.waitFor(driver -> driver.findElements(By.xpath(
                "//tbody[@id='task-form:own-ideas_data']/tr[.//a[normalize-space(.)='" + title + "']]")).stream()
                .findFirst().orElse(null));
        assertThat(submitted.getText()).contains("submitted to the cohort");
        assertThat(submitted.findElement(By.cssSelector("[id$=':own-warnings']")).getText()).isEqualTo("2");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aPartnerOpeningAnotherPartnersIdeaByItsAddressIsRefused() {
        // Arrange: the address of nari's idea, which she submitted while the cohort still drafts
        browser.signIn(OTHER_PARTNER);
        browser.open("ideas.xhtml");
        WebElement link = browser.waitFor(driver -> driver.findElements(
                By.cssSelector("[id^='ideas-form:my-ideas:ideas'] a.idea-title")).stream().findFirst().orElse(null));
        String href = link.getAttribute("href");
        String ideaAddress = "idea.xhtml?id=" + href.substring(href.indexOf("id=") + 3).replaceAll("[&#].*", "");
        browser.open(ideaAddress);
        browser.waitFor(driver -> driver.findElement(By.id("idea-description")));
        browser.signOut();

        // Act: paul opens it
        browser.signIn(PARTNER);
        browser.open(ideaAddress);

        // Assert: refused, and nothing of the idea is shown
        browser.waitForText(By.id("idea-form:messages"), "not allowed to see it");
        assertThat(browser.driver().findElements(By.id("idea-description"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("idea-header"))).isEmpty();
        browser.assertNoJavaScriptErrors();
    }
}
