package com.cocreation5r.history.web;

import com.cocreation5r.history.ActivityStatistics;
import com.cocreation5r.history.DefinitionHeat;
import com.cocreation5r.history.InstanceNotFound;
import com.cocreation5r.history.ProcessHistory;
import com.cocreation5r.history.ProcessVersion;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One process definition version's activities, how often each ran and how long it took, as a
 * heatmap on its diagram and as a table; with no version named, the processes to choose from.
 */
@Named
@ViewScoped
public class DefinitionHeatView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessHistory history;

    @Inject
    private Feedback feedback;

    @Inject
    private DiagramOverlays overlays;

    private String id;
    private DefinitionHeat heat;
    private String bpmnXml;
    private String heatOverlays;
    private List<ProcessVersion> definitions = List.of();

    /** Loads the version named by the {@code id} parameter; reports it missing. */
    public void load() {
        heat = null;
        if (id == null || id.isBlank()) {
            definitions = history.latestVersions();
            return;
        }
        try {
            heat = history.heat(id);
            bpmnXml = history.definitionXml(id);
            heatOverlays = overlays.heat(heat);
        } catch (InstanceNotFound missing) {
            feedback.error("heat.notFound");
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    /** The activity's share of the most frequent activity's count, 0 to 100, for its heat bar. */
    public long heatOf(ActivityStatistics activity) {
        long hottest = heat == null ? 0 : heat.hottest();
        return hottest == 0 ? 0 : Math.round(100.0 * activity.total() / hottest);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The processes to choose from when no version is named. */
    public List<ProcessVersion> getDefinitions() {
        return definitions;
    }

    public DefinitionHeat getHeat() {
        return heat;
    }

    /** The version's BPMN model, for the diagram. */
    public String getBpmnXml() {
        return bpmnXml;
    }

    /** The heat drawn on the diagram, as the viewer's JSON list of overlays. */
    public String getHeatOverlays() {
        return heatOverlays;
    }
}
