package com.cocreation5r.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.cocreation5r.it.Deployments;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * The auditors' history views in a real browser, as the demo auditor on the demo campaign: find
 * its instances, open the campaign's timeline, follow it into the called stage, export the audit
 * trail, see the stage's version across its instances; the measures and retention pages; a date
 * range that ends before it starts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryBrowserIT {

    private static final String AUDITOR = "audrey";
    private static final String RECRUITER = "rita";
    private static final String DEMO_CAMPAIGN_KEY = "new-men-s-deodorant-concept";

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theAuditorFindsTheCampaignOpensItsTimelineFollowsTheStageAndExportsTheTrail() throws Exception {
        // Arrange
        browser.signIn(AUDITOR);
        browser.click(By.id("header-form:nav-history"));

        // Act: search the demo campaign by its business key
        browser.type(By.id("history-form:business-key"), DEMO_CAMPAIGN_KEY);
        browser.click(By.id("history-form:search"));
        By businessKeys = By.cssSelector("[id^='history-form:instances:'][id$=':business-key']");
        browser.waitFor(driver -> {
            List<String> keys = driver.findElements(businessKeys).stream().map(WebElement::getText).toList();
            return !keys.isEmpty() && keys.stream().allMatch(key -> key.startsWith(DEMO_CAMPAIGN_KEY));
        });
        WebElement row = browser.driver().findElement(By.xpath("//tbody[@id='history-form:instances_data']/tr["
                + ".//a[contains(@class,'instance-link') and normalize-space(.)='Co-creation campaign']]"));
        row.findElement(By.cssSelector("a.instance-link")).click();

        // Assert: the campaign's timeline, its launch and the Recruiting stage it called
        browser.waitForText(By.id("instance-form:process-name"), "Co-creation campaign");
        assertThat(browser.text(By.id("instance-form:business-key"))).startsWith(DEMO_CAMPAIGN_KEY);
        List<String> names = texts(By.cssSelector("[id^='instance-form:timeline:'][id$=':name']"));
        assertThat(names).contains("Campaign launched", "① Recruiting");
        browser.assertNoJavaScriptErrors();

        // Act: into the called stage, whose page links back to the campaign
        browser.click(By.cssSelector("a[id$=':called']"));
        browser.waitForText(By.id("instance-form:process-name"), "① Recruiting");
        assertThat(browser.text(By.id("instance-form:called-by"))).contains("Co-creation campaign");
        assertThat(texts(By.cssSelector("[id^='instance-form:tasks:'][id$=':task-name']"))).isNotEmpty();

        // Act: export the stage's audit trail as CSV, then as PDF
        Path downloads = browser.downloads();
        browser.click(By.id("instance-form:export-csv"));
        Path csv = awaitDownload(downloads, ".csv");
        browser.click(By.id("instance-form:export-pdf"));
        Path pdf = awaitDownload(downloads, ".pdf");

        // Assert: the CSV has the columns and a row per timeline entry; the PDF is one
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setCommentMarker('#').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).toList()).startsWith("Time", "Kind", "What", "Who", "Details");
        assertThat(records).hasSize(browser.driver().findElements(
                By.cssSelector("[id^='instance-form:timeline:'][id$=':kind']")).size() + 1);
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(1)).contains("Task");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.assertNoJavaScriptErrors();

        // Act: the stage's version across all its instances
        browser.click(By.id("instance-form:definition-heat"));

        // Assert: its activities with how often they ran
        browser.waitForText(By.id("heat-form:definition"), "① Recruiting");
        assertThat(texts(By.cssSelector("[id^='heat-form:activities:'][id$=':activity-name']"))).isNotEmpty();
        assertThat(texts(By.cssSelector("[id^='heat-form:activities:'][id$=':finished']")))
                .anySatisfy(count -> assertThat(Integer.parseInt(count)).isPositive());
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theAuditorSeesTheMeasuresWithTheirChartAndTheHistoryRetention() {
        // Arrange
        browser.signIn(AUDITOR);
        browser.open("history/measures.xhtml");

        // Assert: every measure has a row, the chart compares the campaigns
        assertThat(texts(By.cssSelector("[id^='measures-form:measures:'][id$=':measure']"))).contains(
                "Triage within its deadline", "Rejections explained one to one", "Acceptance rate",
                "Time to triage (average)", "Partner re-participation");
        assertThat(browser.driver().findElements(By.id("measures-form:late"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#measures-form\\:comparison-chart canvas")))
                .isNotEmpty();
        assertThat(texts(By.cssSelector("[id^='measures-form:comparison:'][id$=':campaign-title']")))
                .contains("New men's deodorant concept");
        browser.assertNoJavaScriptErrors();

        // Act
        browser.click(By.id("history-nav-retention"));

        // Assert: the models' time to live and the cleanup window
        browser.waitForText(By.id("retention-form:cleanup-window"), "01:00");
        assertThat(texts(By.cssSelector("[id^='retention-form:definitions:'][id$=':definition-key']")))
                .anySatisfy(key -> assertThat(key).contains("recruiting"));
        assertThat(texts(By.cssSelector("[id^='retention-form:definitions:'][id$=':ttl']")))
                .contains("1,825 days after the end");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aDateRangeThatEndsBeforeItStartsIsPointedOutAtItsEnd() {
        // Arrange
        browser.signIn(AUDITOR);
        browser.open("history/search.xhtml");

        // Act
        browser.type(By.id("history-form:started-from_input"), "2026-05-10");
        browser.type(By.id("history-form:started-to_input"), "2026-05-01");
        browser.click(By.id("history-form:search"));

        // Assert: the error is next to the end date, and the dates typed are kept
        browser.waitForText(By.id("history-form:started-to-message"), "The range ends before it starts");
        assertThat(browser.value(By.id("history-form:started-from_input"))).isEqualTo("2026-05-10");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void otherStaffNeitherSeeTheLinkNorGetTheHistory() {
        browser.signIn(RECRUITER);
        assertThat(browser.driver().findElements(By.id("header-form:nav-history"))).isEmpty();

        browser.open("history/search.xhtml");

        browser.waitForText(By.id("forbidden"), "not allowed");
        assertThat(browser.driver().findElements(By.id("history-form:instances"))).isEmpty();
    }

    private List<String> texts(By elements) {
        return browser.driver().findElements(elements).stream().map(WebElement::getText).toList();
    }

    private Path awaitDownload(Path downloads, String extension) {
        return browser.waitFor(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                Optional<Path> done = files.filter(file -> file.getFileName().toString().endsWith(extension))
                        .filter(file -> file.toFile().length() > 0).findFirst();
                return done.orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
