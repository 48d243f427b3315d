package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole Recruiting stage in the browser, as its users work it: the program manager opens a
 * campaign and registers an application (after a wrong e-mail address), the recruiter screens
 * it, the interviewer scores it, the committee selects the candidate, and the campaign page shows
 * the cohort formed. The test server's browser and server share the clock and the time zone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignRecruitingBrowserIT {

    /** The call stays open this long, enough to register the application. */
    private static final Duration WINDOW = Duration.ofSeconds(45);
    /** Tasks created by jobs (the closing call, the last assessment) show up within this. */
    private static final Duration JOBS = Duration.ofSeconds(90);
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCampaignRecruitsItsCohortThroughTheUi() {
        String title = "Sneaker colours " + UUID.randomUUID().toString().substring(0, 8);
        String candidate = "Yuna Shin " + UUID.randomUUID().toString().substring(0, 4);

        // The program manager opens a campaign whose call closes shortly
        browser.signIn("pia");
        browser.open("campaigns.xhtml");
        browser.click(By.id("campaigns-form:open-campaign"));
        browser.type(By.id("campaign-form:title"), title);
        browser.type(By.id("campaign-form:description"), "Partners choose next season's colours.");
        browser.type(By.id("campaign-form:cohort-size_input"), "1");
        browser.type(By.id("campaign-form:application-deadline_input"),
                LocalDateTime.now().plus(WINDOW).truncatedTo(ChronoUnit.SECONDS).format(DEADLINE));
        browser.driver().findElement(By.id("campaign-form:application-deadline_input")).sendKeys(Keys.TAB);
        browser.click(By.id("campaign-form:open"));
        browser.waitForText(By.id("campaign-form:messages"), title);
        assertThat(browser.text(By.id("campaign-status"))).contains("Call open");
        assertThat(browser.text(By.id("campaign-cohort-size"))).isEqualTo("1");

        // and registers an application; a wrong e-mail address is refused next to the field
        browser.type(By.id("application-form:full-name"), candidate);
        browser.type(By.id("application-form:email"), "yuna-at-example");
        browser.chooseRadio("application-form:age-band", "FROM_20_TO_29");
        browser.chooseRadio("application-form:gender", "FEMALE");
        browser.chooseRadio("application-form:education", "BACHELOR");
        browser.type(By.id("application-form:statement"), "I design sneakers for my friends every weekend.");
        browser.click(By.id("application-form:register"));
        browser.waitForText(By.id("application-form:email-message"), "not an e-mail address");
        assertThat(browser.value(By.id("application-form:full-name"))).isEqualTo(candidate);
        assertThat(browser.value(By.id("application-form:statement")))
                .isEqualTo("I design sneakers for my friends every weekend.");

        browser.type(By.id("application-form:email"), "yuna." + UUID.randomUUID() + "@example.com");
        browser.click(By.id("application-form:register"));
        browser.waitForText(By.id("campaign-form:messages"), candidate);
        assertThat(browser.text(By.id("campaign-form:applications"))).contains(candidate, "Submitted");
        browser.assertNoJavaScriptErrors();
        browser.signOut();

        // When the call has closed, the recruiter shortlists the application
        browser.signIn("rita");
        browser.claimAndOpen(browser.waitForGroupTask("Screen written application", candidate, WINDOW.plus(JOBS)));
        browser.type(By.id("task-form:capability_input"), "5");
        browser.type(By.id("task-form:willingness_input"), "5");
        browser.type(By.id("task-form:writing_input"), "4");
        browser.chooseRadio("task-form:decision", "SHORTLIST");
        browser.click(By.id("task-form:complete"));
        browser.waitForText(By.id("inbox-form:messages"), candidate);
        browser.signOut();

        // the interviewer recommends the candidate
        browser.signIn("ivan");
        browser.claimAndOpen(browser.waitForGroupTask("Hold selection interview", candidate, JOBS));
        browser.type(By.id("task-form:extraversion_input"), "4");
        browser.type(By.id("task-form:community-reach_input"), "5");
        browser.type(By.id("task-form:usage-frequency_input"), "5");
        browser.chooseRadio("task-form:recommendation", "RECOMMEND");
        browser.click(By.id("task-form:complete"));
        browser.waitForText(By.id("inbox-form:messages"), candidate);
        browser.signOut();

        // and the committee selects them, seeing the shortlist and its diversity
        browser.signIn("carla");
        WebElement selection = browser.waitFor(driver -> {
            browser.open("inbox.xhtml?view=groups");
            return driver.findElements(By.xpath("//tbody[@id='inbox-form:tasks_data']/tr[.//a[normalize-space(.)="
                    + "'Select the cohort'] and .//*[normalize-space(.)='" + title + "']]")).stream()
                    .findFirst().orElse(null);
        });
        browser.claimAndOpen(selection);
        assertThat(browser.text(By.id("task-form:shortlist"))).contains(candidate);
        assertThat(browser.text(By.id("diversity"))).isNotBlank();
        browser.click(By.cssSelector("[id='task-form:shortlist:0:selection'] .ui-chkbox-box"));
        browser.click(By.id("task-form:complete"));
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.assertNoJavaScriptErrors();
        browser.signOut();

        // Then the campaign has formed its cohort and the candidate is selected
        browser.signIn("pia");
        browser.open("campaigns.xhtml");
        browser.click(By.linkText(title));
        new WebDriverWait(browser.driver(), JOBS, Duration.ofSeconds(2)).until(driver -> {
            driver.navigate().refresh();
            return browser.text(By.id("campaign-status")).contains("Cohort formed");
        });
        assertThat(browser.text(By.id("campaign-form:applications"))).contains(candidate, "Selected");
        browser.assertNoJavaScriptErrors();
    }
}
