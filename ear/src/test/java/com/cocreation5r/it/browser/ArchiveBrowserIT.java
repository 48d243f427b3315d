package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.time.LocalDate;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The idea archive in a real browser, on the demo campaign "Refillable deodorant pack": the program
 * manager {@code pia} narrows the archive by reason, partner and dates (a reversed date range
 * first), opens an idea's history and reopens another one, which a stale second page then may no
 * longer reopen; the mid-level manager {@code tom} may search but not reopen; a partner may not
 * open the archive at all.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArchiveBrowserIT {

    /** nari's rejected demo ideas in the archive, one to read and one to reopen, and paul's duplicate. */
    private static final String IDEA_TO_READ = "Spray that doubles as a room scent";
    private static final String IDEA_TO_REOPEN = "Deodorant wipes for festivals";
    private static final String DUPLICATE = "Refill that clicks into any case";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theProgramManagerNarrowsTheArchiveAndReadsAnIdeasExplanationAndAcknowledgment() {
        // Arrange: pia on the archive, every archived idea listed
        browser.signIn("pia");
        browser.click(By.id("header-form:nav-archive"));
        browser.waitForText(By.tagName("h1"), "Idea archive");
        assertThat(browser.text(By.id("archive-form:ideas"))).contains(IDEA_TO_READ, DUPLICATE);

        // Act: a date range that ends before it starts
        String today = LocalDate.now().toString();
        browser.type(By.id("archive-form:archived-from_input"), today);
        browser.type(By.id("archive-form:archived-to_input"), LocalDate.now().minusDays(7).toString());
        browser.click(By.id("archive-form:search"));

        // Assert: told next to the end of the range; the list is as it was
        browser.waitForText(By.id("archive-form:archived-to-message"), "cannot be before its start");
        assertThat(browser.text(By.id("archive-form:ideas"))).contains(DUPLICATE);

        // Act: a rejection reason, part of the partner's name and a range that holds today
        browser.type(By.id("archive-form:archived-from_input"), LocalDate.now().minusDays(7).toString());
        browser.type(By.id("archive-form:archived-to_input"), today);
        chooseFromMenu("archive-form:reason", "Already planned or in development internally");
        browser.type(By.id("archive-form:partner"), "nari");
        browser.click(By.id("archive-form:search"));

        // Assert: only nari's idea rejected for that reason
        browser.waitFor(driver -> !browser.text(By.id("archive-form:ideas")).contains(DUPLICATE));
        String found = browser.text(By.id("archive-form:ideas"));
        assertThat(found).contains(IDEA_TO_READ, "Nari Nam", "Rejected and explained")
                .doesNotContain(IDEA_TO_REOPEN);

        // Act: open it
        browser.click(By.linkText(IDEA_TO_READ));

        // Assert: the explanation of its Realization with the reasons, the internal notes and nari's acknowledgment
        browser.waitForText(By.tagName("h1"), IDEA_TO_READ);
        String history = browser.text(By.id("archived-form"));
        assertThat(history).contains("Realization 1", "Already planned or in development internally",
                "Outside the mission of this campaign", "Home-care launches its room line next spring.",
                "Understood, thanks for the call.", "xena");
        assertThat(browser.text(By.id("idea-status"))).isEqualTo("Archived");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theProgramManagerReopensAnArchivedIdeaWhichAStalePageCanThenNoLongerReopen() {
        // Arrange: tom may read the archived idea but is told he cannot reopen it
        browser.signIn("tom");
        browser.click(By.id("header-form:nav-archive"));
        browser.type(By.id("archive-form:text"), "festivals");
        browser.click(By.id("archive-form:search"));
        browser.waitFor(driver -> !browser.text(By.id("archive-form:ideas")).contains(DUPLICATE));
        browser.click(By.linkText(IDEA_TO_REOPEN));
        browser.waitForText(By.tagName("h1"), IDEA_TO_REOPEN);
        String ideaPage = browser.driver().getCurrentUrl();
        assertThat(browser.text(By.id("reopen-not-allowed"))).contains("Only program managers and internal experts");
        assertThat(browser.driver().findElements(By.id("archived-form:reopen"))).isEmpty();
        browser.signOut();

        // pia opens the idea in two tabs
        browser.signIn("pia");
        browser.driver().get(ideaPage);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("archived-form:reopen")));
        String firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.driver().get(ideaPage);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("archived-form:reopen")));
        String secondTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().window(firstTab);

        // Act: reopen without saying why
        browser.click(By.id("archived-form:reopen"));

        // Assert: asked for the reason; still archived
        browser.waitForText(By.id("archived-form:reason-message"), "Say why the idea is reopened");
        assertThat(browser.text(By.id("idea-status"))).isEqualTo("Archived");

        // Act: say why and reopen
        browser.type(By.id("archived-form:reason"), "A partner factory for wipes was signed last week.");
        browser.click(By.id("archived-form:reopen"));

        // Assert: in triage again, the reopening kept in its history
        browser.waitForText(By.id("archived-form:messages"), "is reopened");
        assertThat(browser.text(By.id("idea-status"))).isEqualTo("In triage");
        assertThat(browser.text(By.id("archived-form"))).contains("Reopened by pia",
                "A partner factory for wipes was signed last week.");
        assertThat(browser.driver().findElements(By.id("archived-form:reopen"))).isEmpty();

        // Act: the second tab, loaded while the idea was archived, reopens it again
        browser.driver().switchTo().window(secondTab);
        browser.type(By.id("archived-form:reason"), "Reopening it twice by mistake");
        browser.click(By.id("archived-form:reopen"));

        // Assert: refused with the reason; the idea is no longer in the archive list
        browser.waitForText(By.id("archived-form:messages"), "Only archived ideas can be reopened.");
        browser.open("archive.xhtml");
        browser.type(By.id("archive-form:text"), "festivals");
        browser.click(By.id("archive-form:search"));
        browser.waitForText(By.id("archive-form:ideas"), "No archived idea matches.");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aPartnerMayNotOpenTheArchive() {
        // Arrange
        browser.signIn("nari");

        // Act
        browser.open("archive.xhtml");

        // Assert: refused by the server, and no archive link in her navigation
        browser.waitForText(By.id("forbidden"), "You are not allowed to open this page with your role.");
        assertThat(browser.driver().getPageSource()).doesNotContain(IDEA_TO_READ);
        assertThat(browser.driver().findElements(By.id("archive-form:ideas"))).isEmpty();
        browser.open("inbox.xhtml");
        browser.waitForText(By.id("user-name"), "nari");
        assertThat(browser.driver().findElements(By.id("header-form:nav-archive"))).isEmpty();
    }

    /**
     * Picks an option of a PrimeFaces select menu by the start of its label (a retired reason's
     * ends in "(retired)"), opening the menu again if a click landed while its panel was sliding open.
     */
    private void chooseFromMenu(String menuId, String label) {
        By option = By.xpath("//*[starts-with(@id,'" + menuId + "_')]//li[starts-with(normalize-space(.),'" + label + "')]");
        browser.waitFor(driver -> {
            List<WebElement> shown = driver.findElements(option).stream().filter(WebElement::isDisplayed).toList();
            if (shown.isEmpty()) {
                driver.findElement(By.id(menuId)).click();
            } else {
                shown.get(0).click();
            }
            return driver.findElement(By.id(menuId + "_label")).getText().startsWith(label);
        });
    }
}
