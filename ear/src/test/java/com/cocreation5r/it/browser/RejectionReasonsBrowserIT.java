package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
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
 * The list of rejection reasons in a real browser: the program manager {@code pia} adds a reason
 * (an invalid one and a taken code first), rewords it, and retires a reason an archived demo idea's
 * explanation chose, which that explanation still shows; a mid-level manager may not open the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RejectionReasonsBrowserIT {

    /** Chosen for the demo idea "Spray that doubles as a room scent", which is in the archive. */
    private static final String REASON_IN_USE = "ALREADY_PLANNED";
    private static final String REASON_IN_USE_LABEL = "Already planned or in development internally";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theProgramManagerAddsRewordsAndRetiresReasonsAfterInvalidInput() {
        // Arrange: pia on the list, reached from the archive
        browser.signIn("pia");
        browser.click(By.id("header-form:nav-archive"));
        browser.click(By.id("archive-form:reasons-link"));
        browser.waitForText(By.tagName("h1"), "Rejection reasons");
        assertThat(browser.text(By.id("reasons-form:reasons"))).contains("NOT_NOVEL", "Not new enough");

        // Act: a code that starts with a digit and no labels
        browser.type(By.id("reasons-form:code"), "9LIVES");
        browser.click(By.id("reasons-form:save"));

        // Assert: each rule next to its input, and the code kept
        browser.waitForText(By.id("reasons-form:code-message"), "A code is a letter followed by");
        assertThat(browser.text(By.id("reasons-form:label-en-message"))).isEqualTo("Give the reason a label");
        assertThat(browser.text(By.id("reasons-form:label-ko-message"))).isEqualTo("Give the reason a label");
        assertThat(browser.value(By.id("reasons-form:code"))).isEqualTo("9LIVES");

        // Act: a code that is taken
        browser.type(By.id("reasons-form:code"), "not_novel");
        browser.type(By.id("reasons-form:label-en"), "Too expensive to make for what it brings");
        browser.type(By.id("reasons-form:label-ko"), "효과에 비해 만들기에 너무 비쌈");
        browser.type(By.id("reasons-form:criterion"), "Usefulness");
        browser.click(By.id("reasons-form:save"));

        // Assert: told so; nothing added
        browser.waitForText(By.id("reasons-form:messages"), "A reason with this code exists already.");
        assertThat(browser.value(By.id("reasons-form:label-en"))).isEqualTo("Too expensive to make for what it brings");

        // Act: a free code
        browser.type(By.id("reasons-form:code"), "too_costly");
        browser.click(By.id("reasons-form:save"));

        // Assert: listed, upper case, tied to the criterion
        browser.waitForText(By.id("reasons-form:messages"), "The reason TOO_COSTLY is added to the list.");
        WebElement added = row("TOO_COSTLY");
        assertThat(added.getText()).contains("Too expensive to make for what it brings", "효과에 비해 만들기에 너무 비쌈",
                "Usefulness", "In use");

        // Act: reword it
        added.findElement(By.cssSelector("[id$=':edit']")).click();
        browser.waitFor(driver -> "Too expensive to make for what it brings"
                .equals(browser.value(By.id("reasons-form:label-en"))));
        assertThat(browser.driver().findElement(By.id("reasons-form:code")).isEnabled()).isFalse();
        browser.type(By.id("reasons-form:label-en"), "Costs too much to make for what it brings");
        browser.click(By.id("reasons-form:save"));

        // Assert
        browser.waitForText(By.id("reasons-form:messages"), "The reason TOO_COSTLY is saved.");
        assertThat(row("TOO_COSTLY").getText()).contains("Costs too much to make for what it brings");

        // Act: retire a reason an explanation chose
        row(REASON_IN_USE).findElement(By.cssSelector("[id$=':retire']")).click();
        browser.click(By.id("reasons-form:confirm-yes"));

        // Assert: retired, still listed
        browser.waitForText(By.id("reasons-form:messages"), "The reason ALREADY_PLANNED is retired");
        assertThat(row(REASON_IN_USE).getText()).contains("Retired");
        assertThat(row(REASON_IN_USE).findElements(By.cssSelector("[id$=':retire']"))).isEmpty();

        // Act: open the archived idea whose explanation chose it
        browser.open("archive.xhtml");
        browser.type(By.id("archive-form:text"), "room scent");
        browser.click(By.id("archive-form:search"));
        browser.waitFor(driver -> !browser.text(By.id("archive-form:ideas")).contains("Refill that clicks into any case"));
        browser.click(By.linkText("Spray that doubles as a room scent"));

        // Assert: the explanation still shows the reason, marked retired
        browser.waitForText(By.tagName("h1"), "Spray that doubles as a room scent");
        assertThat(browser.text(By.id("archived-form"))).contains(REASON_IN_USE_LABEL + " (retired)");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aMidLevelManagerMayNotOpenTheList() {
        // Arrange
        browser.signIn("tom");

        // Act
        browser.open("rejection-reasons.xhtml");

        // Assert
        browser.waitForText(By.id("forbidden"), "You are not allowed to open this page with your role.");
        assertThat(browser.driver().findElements(By.id("reasons-form:save"))).isEmpty();
    }

    /** The row of the reason with this code. */
    private WebElement row(String code) {
        return browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tbody[@id='reasons-form:reasons_data']/tr[.//*[contains(@id,':row-code') and normalize-space(.)='"
                        + code + "']]")));
    }
}
