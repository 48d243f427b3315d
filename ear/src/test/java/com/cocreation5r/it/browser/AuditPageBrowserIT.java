package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
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

/**
 * The audit page in a real browser, as the demo auditor: the chain's state and the log's entries,
 * and that other staff neither see the page's link nor get the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditPageBrowserIT {

    private static final String AUDITOR = "audrey";
    private static final String RECRUITER = "rita";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theAuditorSeesWhetherTheChainIsIntactAndTheNewestEntries() throws InterruptedException {
        // Arrange
        browser.signIn(AUDITOR);

        // Act
        browser.click(By.id("header-form:nav-audit"));

        // Assert: the chain is intact, and the log's newest entries are listed by name with their hash
        browser.waitForText(By.id("audit-form:chain-status"), "The audit chain is intact.");
        List<String> actions = browser.driver().findElements(By.cssSelector("[id$=':action']")).stream()
                .map(WebElement::getText).toList();
        assertThat(actions).isNotEmpty().allSatisfy(action -> assertThat(action).isNotBlank()
                .doesNotContain("auditAction").doesNotContain("???"));
        assertThat(browser.driver().findElement(By.cssSelector("[id$=':hash']")).getText()).matches("[0-9a-f]{12}");

        // Act: verify again, a moment later (the time shown is to the second)
        String checkedBefore = browser.text(By.id("audit-form:chain-checked"));
        Thread.sleep(1100);
        browser.click(By.id("audit-form:verify"));

        // Assert: verified anew, still intact
        browser.waitFor(driver -> !driver.findElement(By.id("audit-form:chain-checked")).getText().equals(checkedBefore));
        assertThat(browser.text(By.id("audit-form:chain-status"))).contains("The audit chain is intact.");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void otherStaffNeitherSeeTheLinkNorGetThePage() {
        // Arrange
        browser.signIn(RECRUITER);
        assertThat(browser.driver().findElements(By.id("header-form:nav-audit"))).isEmpty();
        browser.assertNoJavaScriptErrors();

        // Act
        browser.open("audit.xhtml");

        // Assert: refused with an explanation, nothing of the log shown
        browser.waitForText(By.id("forbidden"), "not allowed");
        assertThat(browser.driver().findElements(By.id("audit-form:chain-status"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("audit-form:entries"))).isEmpty();
    }
}
