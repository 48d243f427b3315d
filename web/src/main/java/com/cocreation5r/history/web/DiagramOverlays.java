package com.cocreation5r.history.web;

import com.cocreation5r.history.ActivityStatistics;
import com.cocreation5r.history.DefinitionHeat;
import com.cocreation5r.history.InstanceDiagram;
import com.cocreation5r.history.InstanceDiagram.ActivityPath;
import com.cocreation5r.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The marks the diagram viewer draws on a BPMN diagram, as the JSON list
 * {@code window.CoCreationDiagrams.viewer} takes: for each element a CSS marker, a note and
 * optionally a link.
 */
@RequestScoped
public class DiagramOverlays {

    /** Heat levels drawn, from barely used (1) to the most used element (5); see diagrams.css. */
    static final int HEAT_LEVELS = 5;

    @Inject
    private Feedback feedback;

    @Inject
    private Durations durations;

    /**
     * One instance's path: what finished, what still runs, where incidents are, with runs and time
     * spent per element; each call activity links to the instances it called; the flows taken.
     */
    public String path(InstanceDiagram diagram) {
        JsonArrayBuilder overlays = Json.createArrayBuilder();
        for (ActivityPath activity : diagram.activities()) {
            overlays.add(overlay(activity.activityId(), markerOf(activity), pathNote(activity)));
            int number = 0;
            for (String called : activity.calledInstanceIds()) {
                number++;
                overlays.add(overlay(activity.activityId(), null, null)
                        .add("link", feedback.text("diagram.path.called", number))
                        .add("href", instanceUrl(called)));
            }
        }
        for (String flow : diagram.takenFlowIds()) {
            overlays.add(overlay(flow, "path-taken", null));
        }
        return overlays.build().toString();
    }

    /** A definition version's heat: each element coloured by how often it ran, with its counts and durations. */
    public String heat(DefinitionHeat heat) {
        JsonArrayBuilder overlays = Json.createArrayBuilder();
        long hottest = heat.hottest();
        for (ActivityStatistics activity : heat.activities()) {
            if (activity.total() == 0) {
                continue;
            }
            long level = Math.max(1, Math.round((double) HEAT_LEVELS * activity.total() / hottest));
            String note = activity.averageMillis() == null
                    ? feedback.text("heat.diagram.count", activity.total())
                    : feedback.text("heat.diagram.note", activity.total(), durations.of(activity.averageMillis()),
                            durations.of(activity.longestMillis()));
            overlays.add(overlay(activity.activityId(), "heat-" + level, note));
        }
        return overlays.build().toString();
    }

    private String pathNote(ActivityPath activity) {
        String note = activity.totalMillis() == null ? feedback.text("diagram.path.runs", activity.runs())
                : feedback.text("diagram.path.runsAndTime", activity.runs(), durations.of(activity.totalMillis()));
        long incidents = activity.openIncidents() + activity.resolvedIncidents();
        return incidents == 0 ? note : note + " · " + feedback.text("diagram.path.incidents", incidents);
    }

    private static String markerOf(ActivityPath activity) {
        if (activity.openIncidents() > 0 || activity.resolvedIncidents() > 0) {
            return "path-incident";
        }
        if (activity.active() > 0) {
            return "path-active";
        }
        return activity.finished() > 0 ? "path-completed" : "path-cancelled";
    }

    private static JsonObjectBuilder overlay(String elementId, String marker, String text) {
        JsonObjectBuilder overlay = Json.createObjectBuilder().add("elementId", elementId);
        if (marker != null) {
            overlay.add("marker", marker);
        }
        if (text != null) {
            overlay.add("text", text);
        }
        return overlay;
    }

    private static String instanceUrl(String instanceId) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/history/instance.xhtml?id=" + instanceId;
    }
}
