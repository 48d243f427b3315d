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
 * Inviting pool partners to a new campaign's call in a real browser: the program manager {@code pia}
 * invites the pool partner Nari Nam to the demo campaign "Compact city car interior", whose call is
 * open, after inviting nobody; a recruiter sees the campaign but not the invitation form.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PoolInviteBrowserIT {

    private static final String CAMPAIGN = "Compact city car interior";
    private static final String POOL_PARTNER = "Nari Nam";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theProgramManagerInvitesAPoolPartnerAfterChoosingNobody() {
        // Arrange: pia on the campaign whose call is open
        browser.signIn("pia");
        browser.click(By.id("header-form:nav-campaigns"));
        browser.click(By.linkText(CAMPAIGN));
        browser.waitForText(By.tagName("h1"), CAMPAIGN);
        assertThat(browser.text(By.id("pool-form:pool-partners"))).contains(POOL_PARTNER);

        // Act: invite with nobody chosen
        browser.click(By.id("pool-form:invite-from-pool"));

        // Assert: told to choose; nobody invited
        browser.waitForText(By.id("campaign-form:messages"), "Choose at least one partner.");
        assertThat(browser.text(By.id("campaign-form:applications"))).doesNotContain(POOL_PARTNER);

        // Act: choose nari and invite
        WebElement nari = browser.driver().findElement(By.xpath(
                "//*[@id='pool-form:pool-partners']//label[starts-with(normalize-space(.),'" + POOL_PARTNER + "')]"));
        nari.click();
        browser.click(By.id("pool-form:invite-from-pool"));

        // Assert: her application is in the campaign's recruiting, and she is no longer offered
        browser.waitForText(By.id("campaign-form:messages"), "Invited 1 partners from the pool.");
        assertThat(browser.text(By.id("campaign-form:applications"))).contains(POOL_PARTNER);
        assertThat(browser.driver().findElements(By.id("pool-form:pool-partners")).stream()
                .map(WebElement::getText).toList()).noneMatch(text -> text.contains(POOL_PARTNER));
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aRecruiterCannotInviteFromThePool() {
        // Arrange
        browser.signIn("rita");

        // Act
        browser.click(By.id("header-form:nav-campaigns"));
        browser.click(By.linkText(CAMPAIGN));

        // Assert: the campaign, without the invitation form
        browser.waitForText(By.tagName("h1"), CAMPAIGN);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("campaign-form")));
        assertThat(browser.driver().findElements(By.id("pool-form"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("pool-form:invite-from-pool"))).isEmpty();
    }
}
