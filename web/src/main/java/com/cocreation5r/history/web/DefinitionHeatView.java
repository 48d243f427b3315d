package com.cocreation5r.history.web;

import com.cocreation5r.history.ActivityStatistics;
import com.cocreation5r.history.DefinitionHeat;
import com.cocreation5r.history.InstanceNotFound;
import com.cocreation5r.history.ProcessHistory;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** One process definition version's activities, how often each ran and how long it took. */
@Named
@ViewScoped
public class DefinitionHeatView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessHistory history;

    @Inject
    private Feedback feedback;

    private String id;
    private DefinitionHeat heat;

    /** Loads the version named by the {@code id} parameter; reports it missing. */
    public void load() {
        heat = null;
        if (id == null || id.isBlank()) {
            feedback.error("heat.notFound");
            return;
        }
        try {
            heat = history.heat(id);
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

    public DefinitionHeat getHeat() {
        return heat;
    }
}
