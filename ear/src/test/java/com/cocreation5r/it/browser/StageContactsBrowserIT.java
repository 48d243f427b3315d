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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The stage contacts of a demo campaign in headless Chromium: the program manager {@code pia}
 * names the community manager {@code cora} for ③ Reinforcement; the partner {@code paul} may not
 * open the staff page and finds his own contacts on his page instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StageContactsBrowserIT {

    /** The row of ③ Reinforcement: the stages are listed in order. */
    private static final int REINFORCEMENT_ROW = 2;

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theProgramManagerNamesTheReinforcementContactAndAPartnerMayNotOpenThePage() {
        // Arrange: pia opens the contacts of the first campaign in the list
        browser.signIn("pia");
        browser.open("campaigns.xhtml");
        browser.click(By.id("campaigns-form:campaigns:0:contacts"));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("contacts-form:contacts")));
        String contactsUrl = browser.driver().getCurrentUrl();
        String row = "contacts-form:contacts:" + REINFORCEMENT_ROW + ":";

        // Act: she chooses cora, says how to reach her and saves
        String reach = "Weekdays 9-18, ext. " + UUID.randomUUID().toString().substring(0, 4);
        browser.click(By.id(row + "user-id"));
        browser.click(By.xpath("//div[@id='" + row + "user-id_panel']//li[contains(normalize-space(.),'(cora)')]"));
        browser.type(By.id(row + "reach"), reach);
        browser.click(By.id(row + "save"));

        // Assert: confirmed and kept after reloading, with the date it was named
        browser.waitForText(By.id("contacts-form:messages"), "The contact was saved.");
        browser.driver().get(contactsUrl);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(row + "reach")));
        assertThat(browser.value(By.id(row + "reach"))).isEqualTo(reach);
        assertThat(browser.text(By.id(row + "user-id"))).contains("cora");
        assertThat(browser.text(By.id(row + "named-at"))).isNotBlank();
        browser.assertNoJavaScriptErrors();

        // Act: the partner paul tries the same page, then opens his own
        browser.signOut();
        browser.signIn("paul");
        browser.driver().get(contactsUrl);

        // Assert: refused, nothing shown; his page lists whom to talk to in his campaigns
        browser.waitForText(By.id("contacts-form:messages"), "You are not allowed");
        assertThat(browser.driver().findElements(By.id("contacts-form:contacts"))).isEmpty();
        browser.open("my-ideas.xhtml");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("my-ideas-form:contacts")));
        assertThat(browser.driver().findElements(By.cssSelector("#my-ideas-form\\:contacts .stage-contact-name")))
                .isNotEmpty();
        browser.assertNoJavaScriptErrors();
    }
}
