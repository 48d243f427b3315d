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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The auditors' history views in a real browser, as the demo auditor on the demo campaigns: find
 * the campaign's instances, open its timeline and diagram, follow the call activity into the stage,
 * export the audit trail, see the stage's version across its instances; find a rejected idea and
 * the path it took on its diagram, and export its trail; a version's heatmap on its diagram; the
 * measures and retention pages; a date range that ends before it starts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryBrowserIT {

    private static final String AUDITOR = "audrey";
    private static final String RECRUITER = "rita";
    private static final String DEMO_CAMPAIGN_KEY = "new-men-s-deodorant-concept";
    private static final String REALIZATION_CAMPAIGN_KEY = "refillable-deodorant-pack-demo";
    private static final String PARTNER = "paul";

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
        // the diagram: launched, the flow into Recruiting taken, Recruiting running and linked to its instance
        awaitDiagram("instance-diagram");
        assertThat(markers("instance-diagram", "campaignStarted")).contains("path-completed");
        assertThat(markers("instance-diagram", "toRecruiting")).contains("path-taken");
        assertThat(markers("instance-diagram", "runRecruiting")).contains("path-active");
        assertThat(markers("instance-diagram", "runRulesAndResponsibilities")).doesNotContain("path-completed",
                "path-active");
        assertThat(markers("instance-diagram", "recruitingFinished")).doesNotContain("path-taken");
        assertThat(note("instance-diagram", "runRecruiting")).isEqualTo("1×");
        browser.assertNoJavaScriptErrors();

        // Act: into the called stage from its call activity on the diagram; its page links back to the campaign
        browser.click(By.cssSelector(".djs-overlays[data-container-id='runRecruiting'] a.diagram-link"));
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
    void theAuditorFindsAnIdeaSeesThePathItTookOnItsDiagramAndExportsItsTrail() throws Exception {
        // Arrange: the demo's glow-in-the-dark cap was triaged, evaluated, rejected and explained to paul
        browser.signIn(AUDITOR);
        browser.open("history/search.xhtml");

        // Act: the instances of the demo Realization campaign in which paul held a task
        browser.type(By.id("history-form:business-key"), REALIZATION_CAMPAIGN_KEY);
        browser.type(By.id("history-form:partner"), PARTNER);
        browser.click(By.id("history-form:search"));
        By realizationLinks = By.xpath("//tbody[@id='history-form:instances_data']/tr[.//*[contains(@id,':business-key')"
                + " and normalize-space(.)='" + REALIZATION_CAMPAIGN_KEY + "']]//a[contains(@class,'instance-link')"
                + " and normalize-space(.)='④ Realization']");
        browser.waitFor(driver -> driver.findElements(realizationLinks).size() == 1);
        browser.click(realizationLinks);

        // Assert: the idea's path on its diagram, inside the assessment sub-process too
        browser.waitForText(By.id("instance-form:process-name"), "④ Realization");
        awaitDiagram("instance-diagram");
        for (String done : List.of("realizationStarted", "openRealization", "assessIdea", "triageIdea",
                "evaluateIdea", "computeScore", "rejectIdea", "explainRejection")) {
            assertThat(markers("instance-diagram", done)).as(done).contains("path-completed");
        }
        for (String flow : List.of("toOpenRealization", "toAssessment", "toTriage", "triaged", "toEvaluation",
                "assessed", "rejected")) {
            assertThat(markers("instance-diagram", flow)).as(flow).contains("path-taken");
        }
        // neither the accepted branch nor the duplicate one, and no fast track
        for (String notTaken : List.of("accepted", "duplicate", "fastTrack", "markedDuplicate")) {
            assertThat(markers("instance-diagram", notTaken)).as(notTaken).doesNotContain("path-taken");
        }
        assertThat(markers("instance-diagram", "acceptIdea")).doesNotContain("path-completed", "path-active");
        // paul's acknowledgement waits for him, unless a test before this one gave it
        assertThat(markers("instance-diagram", "acknowledgeExplanation")).containsAnyOf("path-active",
                "path-completed");
        assertThat(note("instance-diagram", "triageIdea")).startsWith("1× · ");
        // one evaluation per chosen evaluator, counted on the multi-instance activity
        assertThat(Integer.parseInt(note("instance-diagram", "evaluateIdea").replaceAll("×.*", ""))).isGreaterThan(1);
        browser.assertNoJavaScriptErrors();

        // Act: export the idea's audit trail as CSV, then as PDF
        Path downloads = browser.downloads();
        browser.click(By.id("instance-form:export-csv"));
        Path csv = awaitDownload(downloads, ".csv");
        browser.click(By.id("instance-form:export-pdf"));
        Path pdf = awaitDownload(downloads, ".pdf");

        // Assert: both hold the triage and the explanation, with the partner the explanation was for
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setCommentMarker('#').get()
                .parse(new StringReader(Files.readString(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records.subList(1, records.size())).extracting(record -> record.get(2))
                .contains("Triage the idea", "Explain the rejection one to one");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("④ Realization", "Triage the idea", "Reject the idea", REALIZATION_CAMPAIGN_KEY);
        }
    }

    @Test
    void theAuditorSeesAVersionsHeatOnItsDiagramAndInItsTable() {
        // Arrange
        browser.signIn(AUDITOR);
        browser.open("history/measures.xhtml");

        // Act: from the history pages to the heatmaps, then Realization's latest version
        browser.click(By.id("history-nav-heat"));
        browser.click(By.xpath("//ul[@id='heat-definitions']//a[contains(., '(realization v')]"));

        // Assert: each activity that ran is coloured, with its count and times, and the count drawn is the table's
        browser.waitForText(By.id("heat-form:definition"), "④ Realization");
        awaitDiagram("heat-diagram");
        assertThat(markers("heat-diagram", "triageIdea")).anyMatch(marker -> marker.matches("heat-[1-5]"));
        assertThat(note("heat-diagram", "triageIdea")).matches("\\d+× · avg .+ · max .+");
        WebElement submitted = browser.driver().findElement(By.xpath("//tbody[@id='heat-form:activities_data']/tr["
                + ".//*[contains(@id,':activity-name') and normalize-space(.)='Idea submitted']]"));
        assertThat(note("heat-diagram", "realizationStarted")).startsWith(
                submitted.findElement(By.cssSelector("[id$=':finished']")).getText() + "× · ");
        assertThat(texts(By.cssSelector("[id^='heat-form:activities:'][id$=':activity-name']")))
                .contains("Triage the idea", "Idea submitted");
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

    private void awaitDiagram(String canvasId) {
        browser.waitFor(driver -> "true".equals(driver.findElement(By.id(canvasId)).getDomAttribute("data-ready")));
    }

    /** The CSS classes of a diagram element, its markers among them. */
    private List<String> markers(String canvasId, String elementId) {
        WebElement element = browser.driver().findElement(
                By.cssSelector("#" + canvasId + " g.djs-element[data-element-id='" + elementId + "']"));
        return List.of(element.getDomAttribute("class").split("\\s+"));
    }

    /** The note drawn above a diagram element. */
    private String note(String canvasId, String elementId) {
        return browser.driver().findElement(By.cssSelector(
                "#" + canvasId + " .djs-overlays[data-container-id='" + elementId + "'] .diagram-note")).getText();
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
