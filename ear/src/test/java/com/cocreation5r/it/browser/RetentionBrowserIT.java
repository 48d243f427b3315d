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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * ⑤ Retention in a real browser, on the demo data of the embedded H2 server: the partner
 * {@code paul} answers his satisfaction survey (an unanswered question first) and reads what became
 * of his ideas; the newcomer Minho, whose set-password link {@code pia} hands over, sets his
 * password (a weak one first) and signs in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionBrowserIT {

    private static final String SURVEY_TASK = "Tell us how the campaign was for you";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aPartnerAnswersTheSurveyAfterAnUnansweredQuestionAndSeesWhatBecameOfHisIdeas() {
        // Arrange: paul's survey waits in his own tasks
        browser.signIn("paul");
        WebElement survey = new WebDriverWait(browser.driver(), PATIENCE, Duration.ofSeconds(2)).until(driver -> {
            browser.open("inbox.xhtml?view=mine");
            List<WebElement> rows = driver.findElements(Browser.taskRows(SURVEY_TASK));
            return rows.isEmpty() ? null : rows.get(0);
        });
        String taskId = Browser.taskIdOf(survey);
        survey.findElement(By.cssSelector("[id$=':open']")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("task-form:complete")));
        assertThat(browser.text(By.id("survey-intro"))).contains("Skin-care line for teens");

        // Act: answer three questions and comment, leaving "would you join again" unanswered
        browser.chooseRadio("task-form:overall", "4");
        browser.chooseRadio("task-form:recognition", "5");
        browser.chooseRadio("task-form:communication", "3");
        browser.type(By.id("task-form:comment"), "Loved the foam idea becoming real.");
        browser.click(By.id("task-form:complete"));

        // Assert: the error stands next to the unanswered question, and the answers are kept
        browser.waitForText(By.id("task-form:rejoin-message"), "Choose an answer from 1 to 5");
        assertThat(checked("task-form:overall")).isEqualTo("4");
        assertThat(checked("task-form:recognition")).isEqualTo("5");
        assertThat(checked("task-form:communication")).isEqualTo("3");
        assertThat(browser.value(By.id("task-form:comment"))).isEqualTo("Loved the foam idea becoming real.");
        assertThat(browser.driver().findElement(By.id("task-form:overall-message")).getText()).isEmpty();

        // Act: answer it and send
        browser.chooseRadio("task-form:rejoin", "5");
        browser.click(By.id("task-form:complete"));

        // Assert: thanked in the inbox, the survey is gone
        browser.waitFor(ExpectedConditions.urlContains("inbox.xhtml"));
        browser.waitForText(By.id("inbox-form:messages"), "Thank you for your answers");
        assertThat(browser.rowOf(taskId)).isNull();

        // Act: open "My ideas"
        browser.click(By.id("header-form:nav-partners"));

        // Assert: his own ideas with what became of them, and nobody else's
        browser.waitForText(By.tagName("h1"), "My ideas");
        String ideas = browser.text(By.id("my-ideas-form:ideas"));
        assertThat(ideas).contains("Foam cleanser that changes colour", "Accepted",
                "Refill pouches sold at school fairs", "Not accepted");
        assertThat(ideas).doesNotContain("Overnight spot patch");
        assertThat(browser.text(By.id("my-honour"))).isEqualTo("Honorary consumer");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aNewPartnerSetsAPasswordThroughTheLinkTheProgramManagerHandsOver() {
        // Arrange: pia finds Minho's pending invitation link on his page
        browser.signIn("pia");
        browser.click(By.id("header-form:nav-partners"));
        browser.click(By.linkText("Minho Song"));
        String link = browser.waitFor(driver -> {
            List<WebElement> found = driver.findElements(By.id("partner-form:invitation-link"));
            return found.isEmpty() ? null : found.get(0).getDomProperty("value");
        });
        String userId = browser.text(By.id("partner-user"));
        assertThat(link).contains("set-password.xhtml?token=");
        browser.signOut();

        // a forged link is refused
        browser.open("set-password.xhtml?token=forged-token");
        browser.waitForText(By.id("password-form:messages"), "This link is not valid");
        assertThat(browser.driver().findElements(By.id("password-form:password"))).isEmpty();

        // Act: Minho opens his link and chooses a weak password
        browser.driver().get(link);
        browser.waitForText(By.id("password-intro"), userId);
        browser.type(By.id("password-form:password"), "short1");
        browser.type(By.id("password-form:confirmation"), "short1");
        browser.click(By.id("password-form:set-password"));

        // Assert: the policy is explained next to the password
        browser.waitForText(By.id("password-form:password-message"), "12 to 128 characters");

        // Act: a good password, twice
        browser.type(By.id("password-form:password"), "minho likes 2 foams");
        browser.type(By.id("password-form:confirmation"), "minho likes 2 foams");
        browser.click(By.id("password-form:set-password"));

        // Assert: set; the link is spent; and he signs in with it
        browser.waitForText(By.id("password-form:messages"), "Your password is set");
        browser.driver().get(link);
        browser.waitForText(By.id("password-form:messages"), "already used");
        browser.open("");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.type(By.id("username"), userId);
        browser.type(By.id("password"), "minho likes 2 foams");
        browser.click(By.id("sign-in"));
        browser.waitForText(By.id("user-name"), userId);
        browser.assertNoJavaScriptErrors();
    }

    /** The value of the checked radio button of a selectOneRadio, or null. */
    private String checked(String radioId) {
        List<WebElement> inputs = browser.driver().findElements(
                By.cssSelector("input[name='" + radioId + "']"));
        return inputs.stream().filter(WebElement::isSelected).map(input -> input.getDomProperty("value"))
                .findFirst().orElse(null);
    }
}
