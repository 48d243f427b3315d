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
 * ⑤ Retention's purchase-intent poll in a real browser, on the demo's "Skin-care line for teens":
 * {@code pia} puts paul's accepted foam cleanser to the pool (a blank headline first), {@code nari}
 * answers it (saving without a choice first), {@code paul} is not asked about his own idea, and
 * {@code pia} sees the answer counted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PurchaseIntentPollBrowserIT {

    private static final String POLL_TASK = "Put accepted ideas to a purchase-intent poll";
    private static final String CAMPAIGN = "Skin-care line for teens";
    private static final String HEADLINE = "A foam cleanser that shows when your skin is clean";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theProgramManagerOpensAPollThePoolAnswersAndTheAuthorIsNotAsked() {
        // Arrange: pia's task offers the campaign's accepted idea, its title as the headline to start with
        browser.signIn("pia");
        browser.claimAndOpen(browser.waitForFilteredGroupTask(POLL_TASK, CAMPAIGN, PATIENCE));
        assertThat(browser.text(By.id("task-form:poll-candidates"))).contains("Foam cleanser that changes colour");
        assertThat(browser.value(By.id("task-form:poll-candidates:0:pitch-headline")))
                .isEqualTo("Foam cleanser that changes colour");

        // Act: choose it but leave the headline blank
        browser.click(By.cssSelector("[id='task-form:poll-candidates:0:selected'] .ui-chkbox-box"));
        browser.type(By.id("task-form:poll-candidates:0:pitch-headline"), " ");
        browser.click(By.id("task-form:complete"));

        // Assert: asked for it next to the row's headline; the task and the choice stay
        browser.waitForText(By.id("task-form:poll-candidates:0:pitch-headline-message"),
                "Write a headline for the poll.");
        assertThat(browser.driver().getCurrentUrl()).contains("task.xhtml");
        assertThat(browser.driver().findElement(By.cssSelector("[id='task-form:poll-candidates:0:selected'] .ui-chkbox-box"))
                .getAttribute("class")).contains("ui-state-active");

        // Act: word the headline and open the poll
        browser.type(By.id("task-form:poll-candidates:0:pitch-headline"), HEADLINE);
        browser.click(By.id("task-form:complete"));
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), "Opened one poll");
        browser.signOut();

        // Act: nari, of the pool, saves without choosing, then answers
        browser.signIn("nari");
        browser.click(By.id("header-form:nav-polls"));
        browser.waitForText(By.tagName("h1"), "Purchase-intent polls");
        WebElement poll = pollSection();
        assertThat(poll.getText()).contains(CAMPAIGN).doesNotContain("Paul");
        poll.findElement(By.cssSelector("[id$=':answer']")).click();
        browser.waitForText(By.id("messages"), "Choose an answer first.");
        String radio = pollSection().findElement(By.cssSelector(".ui-selectoneradio")).getAttribute("id");
        browser.chooseRadio(radio, "PROBABLY");
        pollSection().findElement(By.cssSelector("[id$=':answer']")).click();

        // Assert: saved, and shown as answered
        browser.waitForText(By.id("messages"), "Your answer is saved.");
        browser.waitFor(driver -> pollSection().getText().contains("You have answered this poll"));
        browser.signOut();

        // Assert: paul is not asked about his own idea
        browser.signIn("paul");
        browser.click(By.id("header-form:nav-polls"));
        browser.waitForText(By.tagName("h1"), "Purchase-intent polls");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).doesNotContain(HEADLINE);
        browser.signOut();

        // Assert: pia sees nari's answer counted
        browser.signIn("pia");
        browser.click(By.id("header-form:nav-polls"));
        WebElement result = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='poll-results_data']/tr[.//*[contains(@class,'poll-headline') and normalize-space(.)='"
                        + HEADLINE + "']]")));
        assertThat(result.findElement(By.cssSelector("[id$=':result-responses']")).getText()).isEqualTo("1");
        assertThat(result.findElement(By.cssSelector("[id$=':result-would-buy']")).getText()).isEqualTo("100 %");
        browser.assertNoJavaScriptErrors();
    }

    /** The section of the demo poll on the partner's polls page. */
    private WebElement pollSection() {
        return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//section[contains(@class,'poll')][.//h2[normalize-space(.)='" + HEADLINE + "']]")));
    }
}
