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

/**
 * A partner's explanations in a real browser, on the demo campaign "Refillable deodorant pack":
 * {@code nari} reads the explanations of her rejected ideas, with her acknowledgment, and opens one;
 * {@code paul}, given the address of nari's explanation, is told it does not exist and sees
 * nothing of it, nor does his list hold nari's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerExplanationsBrowserIT {

    private static final String NARIS_IDEA = "Spray that doubles as a room scent";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aPartnerReadsTheExplanationsAddressedToHerWithHerAcknowledgment() {
        // Arrange
        browser.signIn("nari");

        // Act: her explanations
        browser.click(By.id("header-form:nav-explanations"));

        // Assert: both rejected ideas, the reasons, what she was told and when she acknowledged; nothing internal
        browser.waitForText(By.tagName("h1"), "My explanations");
        String list = browser.text(By.id("explanations-form"));
        assertThat(list).contains(NARIS_IDEA, "Deodorant wipes for festivals", "Outside the mission of this campaign",
                "Our plants cannot fill wet wipes", "Understood, thanks for the call.");
        assertThat(list).doesNotContain("Home-care launches its room line next spring.",
                "Checked with operations", "Glow-in-the-dark cap");

        // Act: open one
        browser.click(By.linkText(NARIS_IDEA));

        // Assert: its explanation and the score published to her
        browser.waitForText(By.tagName("h1"), NARIS_IDEA);
        assertThat(browser.text(By.id("explanation"))).contains("A room scent is already planned by the home-care team",
                "Understood, thanks for the call.");
        assertThat(browser.text(By.id("weighted-score"))).isNotBlank();
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aPartnerOpeningAnotherPartnersExplanationIsToldItDoesNotExist() {
        // Arrange: the address of nari's explanation
        browser.signIn("nari");
        browser.click(By.id("header-form:nav-explanations"));
        browser.click(By.linkText(NARIS_IDEA));
        browser.waitForText(By.tagName("h1"), NARIS_IDEA);
        String naris = browser.driver().getCurrentUrl();
        browser.signOut();
        browser.signIn("paul");

        // Act
        browser.driver().get(naris);

        // Assert: refused; nothing of it shown
        browser.waitForText(By.id("explanation-form:messages"), "This idea does not exist, or you are not allowed to see it.");
        assertThat(browser.driver().findElements(By.id("explanation"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(NARIS_IDEA)
                .doesNotContain("home-care team");

        // and his own list holds only his own explanations
        browser.click(By.id("header-form:nav-explanations"));
        browser.waitForText(By.tagName("h1"), "My explanations");
        assertThat(browser.text(By.id("explanations-form"))).contains("Glow-in-the-dark cap").doesNotContain(NARIS_IDEA);
    }

    @Test
    void staffMayNotOpenAPartnersExplanationPage() {
        // Arrange
        browser.signIn("xena");

        // Act
        browser.open("my-explanations.xhtml");

        // Assert
        browser.waitForText(By.id("forbidden"), "You are not allowed to open this page with your role.");
        assertThat(browser.driver().findElements(By.id("explanations-form"))).isEmpty();
    }
}
