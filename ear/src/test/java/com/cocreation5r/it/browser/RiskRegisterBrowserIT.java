package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.util.List;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The risk register of a demo campaign in headless Chromium: the program manager finds the four
 * risks of the source and revises one; a recruiter may not see the register.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RiskRegisterBrowserIT {

    private static final String PROGRAM_MANAGER = "pia";
    private static final String RECRUITER = "rita";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theProgramManagerRevisesARiskAndARecruiterMayNotSeeTheRegister() {
        // Arrange: the program manager opens the risk register of a demo campaign
        browser.signIn(PROGRAM_MANAGER);
        browser.open("campaigns.xhtml");
        browser.click(By.id("campaigns-form:campaigns:0:risks"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("risks-form:risks")));
        String registerUrl = browser.driver().getCurrentUrl();
        List<WebElement> risks = browser.driver().findElements(By.cssSelector("[id$=':risk']"));
        assertThat(risks).extracting(WebElement::getText).hasSize(4)
                .anyMatch(risk -> risk.contains("effectiveness"))
                .anyMatch(risk -> risk.contains("not invented here"));

        // Act: revise the planned response of the first risk and save it
        String response = "Share a one-page result after the pilot " + UUID.randomUUID();
        browser.type(By.id("risks-form:risks:0:planned-response"), response);
        browser.click(By.id("risks-form:risks:0:save"));

        // Assert: confirmed, and still there after reloading the page
        browser.waitForText(By.id("risks-form:messages"), "The risk was saved.");
        browser.driver().get(registerUrl);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("risks-form:risks:0:planned-response")));
        assertThat(browser.value(By.id("risks-form:risks:0:planned-response"))).isEqualTo(response);
        browser.assertNoJavaScriptErrors();

        // Act: a recruiter opens the same page
        browser.signOut();
        browser.signIn(RECRUITER);
        browser.driver().get(registerUrl);

        // Assert: refused, and no risk shown
        browser.waitForText(By.id("risks-form:messages"), "You are not allowed");
        assertThat(browser.driver().findElements(By.id("risks-form:risks"))).isEmpty();
        browser.assertNoJavaScriptErrors();
    }
}
