package com.cocreation5r.history.web;

import com.cocreation5r.export.ExportFormat;
import com.cocreation5r.export.ExportTable;
import com.cocreation5r.export.TableExporter;
import com.cocreation5r.history.InstanceDiagram;
import com.cocreation5r.history.InstanceNotFound;
import com.cocreation5r.history.ProcessHistory;
import com.cocreation5r.history.Timeline;
import com.cocreation5r.history.TimelineEntry;
import com.cocreation5r.web.AccountView;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** One process instance's timeline, its tasks and decisions, and its audit trail as CSV or PDF. */
@Named
@ViewScoped
public class InstanceTimelineView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessHistory history;

    @Inject
    private TableExporter exporter;

    @Inject
    private Feedback feedback;

    @Inject
    private Durations durations;

    @Inject
    private AccountView account;

    @Inject
    private DiagramOverlays overlays;

    private String id;
    private Timeline timeline;
    private InstanceDiagram diagram;
    private String pathOverlays;

    /** Loads the instance named by the {@code id} parameter; reports it missing. */
    public void load() {
        timeline = null;
        diagram = null;
        if (id == null || id.isBlank()) {
            feedback.error("history.instance.notFound");
            return;
        }
        try {
            timeline = history.timeline(id);
            diagram = history.diagram(id);
            pathOverlays = overlays.path(diagram);
        } catch (InstanceNotFound missing) {
            feedback.error("history.instance.notFound");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public StreamedContent exportCsv() {
        return export(ExportFormat.CSV);
    }

    public StreamedContent exportPdf() {
        return export(ExportFormat.PDF);
    }

    private StreamedContent export(ExportFormat format) {
        Timeline exported = history.timelineForExport(id, format);
        List<List<String>> rows = exported.entries().stream().map(this::row).toList();
        ExportTable table = new ExportTable(
                feedback.text("history.export.trailTitle", exported.instance().processName(), exported.instance().id()),
                List.of(feedback.text("history.export.instance", exported.instance().processKey(),
                                exported.instance().version(), nullToEmpty(exported.instance().businessKey()),
                                feedback.text("instanceState." + exported.instance().state())),
                        feedback.text("history.export.by", account.getUserName(), Instant.now().toString())),
                List.of(feedback.text("history.column.time"), feedback.text("history.column.kind"),
                        feedback.text("history.column.name"), feedback.text("history.column.actor"),
                        feedback.text("history.column.detail"), feedback.text("history.column.ended"),
                        feedback.text("history.column.duration"), feedback.text("history.column.linked")),
                rows);
        return Downloads.of(exporter.write(table, format), format, "audit-trail-" + exported.instance().id());
    }

    private List<String> row(TimelineEntry entry) {
        return List.of(text(entry.at()), feedback.text("timelineKind." + entry.kind()), nullToEmpty(entry.name()),
                nullToEmpty(entry.actor()), nullToEmpty(entry.detail()), text(entry.endedAt()),
                durations.of(entry.durationMillis()), nullToEmpty(entry.linkedInstanceId()));
    }

    public boolean isOverdue(com.cocreation5r.history.TaskRecord task) {
        return task.overdue(Instant.now());
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Timeline getTimeline() {
        return timeline;
    }

    public InstanceDiagram getDiagram() {
        return diagram;
    }

    /** The path drawn on the diagram, as the viewer's JSON list of overlays. */
    public String getPathOverlays() {
        return pathOverlays;
    }
}
