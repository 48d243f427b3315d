package com.cocreation5r.history.web;

import com.cocreation5r.campaign.CampaignService;
import com.cocreation5r.campaign.CampaignSummary;
import com.cocreation5r.export.ExportFormat;
import com.cocreation5r.export.ExportTable;
import com.cocreation5r.export.TableExporter;
import com.cocreation5r.measure.CampaignMeasures;
import com.cocreation5r.measure.DeadlineMeasure;
import com.cocreation5r.measure.LateDecision;
import com.cocreation5r.measure.MeasuresService;
import com.cocreation5r.measure.ProgramMeasures;
import com.cocreation5r.web.AccountView;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.primefaces.model.StreamedContent;

/**
 * The program's measures: for one campaign or all of them, as a table, a chart comparing the
 * campaigns, and exports of both.
 */
@Named
@ViewScoped
public class MeasuresView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeasuresService measuresService;

    @Inject
    private CampaignService campaignService;

    @Inject
    private TableExporter exporter;

    @Inject
    private Feedback feedback;

    @Inject
    private Durations durations;

    @Inject
    private AccountView account;

    private List<CampaignSummary> campaigns = List.of();
    private Long campaignId;
    private ProgramMeasures measures;
    private List<CampaignMeasures> byCampaign = List.of();
    private List<LateDecision> lateDecisions = List.of();

    @PostConstruct
    void init() {
        try {
            campaigns = campaignService.campaigns();
            byCampaign = measuresService.byCampaign();
            measures = measuresService.measures(null);
            lateDecisions = measuresService.lateDecisions(null);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** Shows the measures of the chosen campaign, or of the whole program. */
    public void choose() {
        measures = measuresService.measures(campaignId);
        lateDecisions = measuresService.lateDecisions(campaignId);
    }

    public List<MeasureRow> getRows() {
        return measures == null ? List.of() : rows(measures);
    }

    private List<MeasureRow> rows(ProgramMeasures m) {
        List<MeasureRow> rows = new ArrayList<>();
        rows.add(deadline("triage-deadlines", "measures.triageDeadlines", m.triage()));
        rows.add(deadline("explanation-deadlines", "measures.explanationDeadlines", m.explanations()));
        rows.add(new MeasureRow("explained", feedback.text("measures.explained"), percent(m.shareExplainedOneToOne()),
                feedback.text("measures.explained.basis", m.explainedOneToOne(), m.rejections())));
        rows.add(new MeasureRow("acceptance", feedback.text("measures.acceptance"), percent(m.acceptanceRate()),
                feedback.text("measures.acceptance.basis", m.ideasAccepted(), m.ideasSubmitted())));
        rows.add(new MeasureRow("time-to-triage", feedback.text("measures.timeToTriage"),
                durations.of(m.averageTriageMillis()),
                feedback.text("measures.timeToTriage.basis", m.triaged(), durations.of(m.longestTriageMillis()))));
        rows.add(new MeasureRow("ideas-per-partner", feedback.text("measures.ideasPerPartner"),
                m.ideasPerPartner() == null ? "–" : decimal(m.ideasPerPartner()),
                feedback.text("measures.ideasPerPartner.basis", m.ideasSubmitted(), m.ideaAuthors())));
        rows.add(new MeasureRow("re-participation", feedback.text("measures.reParticipation"),
                percent(m.reParticipationRate()),
                feedback.text("measures.reParticipation.basis", m.returningPartners(), m.cohortPartners())));
        return rows;
    }

    private MeasureRow deadline(String id, String key, DeadlineMeasure deadline) {
        return new MeasureRow(id, feedback.text(key), percent(deadline.shareMet()),
                feedback.text("measures.deadlines.basis", deadline.met(), deadline.missed(), deadline.overdue(),
                        deadline.pending()));
    }

    /** The chart comparing campaigns, as the Chart.js configuration PrimeFaces' chart component takes. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        byCampaign.forEach(row -> labels.add(row.title()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("measures.triageDeadlines", "#2f5f98", m -> m.triage().shareMet()))
                .add(dataset("measures.explained", "#b45309", ProgramMeasures::shareExplainedOneToOne))
                .add(dataset("measures.acceptance", "#15803d", ProgramMeasures::acceptanceRate))
                .add(dataset("measures.reParticipation", "#7c3aed", ProgramMeasures::reParticipationRate));
        JsonObjectBuilder percentAxis = Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", "%"));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", percentAxis)))
                .build().toString();
    }

    private JsonObjectBuilder dataset(String labelKey, String color, Function<ProgramMeasures, Double> share) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (CampaignMeasures row : byCampaign) {
            Double value = share.apply(row.measures());
            if (value == null) {
                values.addNull();
            } else {
                values.add(Math.round(value * 1000) / 10.0);
            }
        }
        return Json.createObjectBuilder().add("label", feedback.text(labelKey)).add("backgroundColor", color)
                .add("data", values);
    }

    public StreamedContent exportCsv() {
        return exportMeasures(ExportFormat.CSV);
    }

    public StreamedContent exportPdf() {
        return exportMeasures(ExportFormat.PDF);
    }

    public StreamedContent exportComparisonCsv() {
        return exportComparison(ExportFormat.CSV);
    }

    public StreamedContent exportComparisonPdf() {
        return exportComparison(ExportFormat.PDF);
    }

    public StreamedContent exportLateCsv() {
        return exportLate(ExportFormat.CSV);
    }

    public StreamedContent exportLatePdf() {
        return exportLate(ExportFormat.PDF);
    }

    private StreamedContent exportLate(ExportFormat format) {
        List<LateDecision> late = measuresService.lateDecisions(campaignId);
        ExportTable table = new ExportTable(feedback.text("measures.late"),
                List.of(feedback.text("measures.scope", scopeName()),
                        feedback.text("history.export.by", account.getUserName(), Instant.now().toString())),
                List.of(feedback.text("history.column.task"), feedback.text("history.column.claimedBy"),
                        feedback.text("history.column.due"), feedback.text("measures.column.completed"),
                        feedback.text("measures.column.lateBy"), feedback.text("measures.column.instance")),
                late.stream().map(decision -> List.of(decision.taskName(),
                        decision.assignee() == null ? "" : decision.assignee(), decision.due().toString(),
                        decision.completedAt() == null ? feedback.text("measures.stillOpen")
                                : decision.completedAt().toString(),
                        durations.of(decision.lateByMillis()), decision.processInstanceId())).toList());
        return Downloads.of(exporter.write(table, format), format, "deadlines-missed");
    }

    private StreamedContent exportMeasures(ExportFormat format) {
        ProgramMeasures exported = measuresService.measures(campaignId);
        ExportTable table = new ExportTable(feedback.text("measures.title"),
                List.of(feedback.text("measures.scope", scopeName()),
                        feedback.text("history.export.by", account.getUserName(), exported.computedAt().toString())),
                List.of(feedback.text("measures.column.measure"), feedback.text("measures.column.value"),
                        feedback.text("measures.column.basis")),
                rows(exported).stream().map(row -> List.of(row.label(), row.value(), row.basis())).toList());
        return Downloads.of(exporter.write(table, format), format, "measures");
    }

    private StreamedContent exportComparison(ExportFormat format) {
        List<CampaignMeasures> rows = measuresService.byCampaign();
        ExportTable table = new ExportTable(feedback.text("measures.comparison"),
                List.of(feedback.text("history.export.by", account.getUserName(), Instant.now().toString())),
                List.of(feedback.text("measures.column.campaign"), feedback.text("measures.triageDeadlines"),
                        feedback.text("measures.explanationDeadlines"), feedback.text("measures.explained"),
                        feedback.text("measures.acceptance"), feedback.text("measures.timeToTriage"),
                        feedback.text("measures.ideasPerPartner"), feedback.text("measures.reParticipation")),
                rows.stream().map(row -> {
                    ProgramMeasures m = row.measures();
                    return List.of(row.title(), percent(m.triage().shareMet()), percent(m.explanations().shareMet()),
                            percent(m.shareExplainedOneToOne()), percent(m.acceptanceRate()),
                            durations.of(m.averageTriageMillis()),
                            m.ideasPerPartner() == null ? "–" : decimal(m.ideasPerPartner()),
                            percent(m.reParticipationRate()));
                }).toList());
        return Downloads.of(exporter.write(table, format), format, "measures-by-campaign");
    }

    private String scopeName() {
        if (campaignId == null) {
            return feedback.text("measures.allCampaigns");
        }
        return campaigns.stream().filter(campaign -> campaign.id().equals(campaignId)).map(CampaignSummary::title)
                .findFirst().orElse(String.valueOf(campaignId));
    }

    private String percent(Double share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    private String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isNoCampaigns() {
        return byCampaign.isEmpty();
    }

    public List<LateDecision> getLateDecisions() {
        return lateDecisions;
    }

    public List<CampaignMeasures> getByCampaign() {
        return byCampaign;
    }

    public List<CampaignSummary> getCampaigns() {
        return campaigns;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public ProgramMeasures getMeasures() {
        return measures;
    }
}
