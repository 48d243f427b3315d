package com.cocreation5r.processmodel.web;

import com.cocreation5r.processmodel.ModelProblem;
import com.cocreation5r.processmodel.ModelVersion;
import com.cocreation5r.processmodel.ProcessCatalog;
import com.cocreation5r.processmodel.ProcessChangeService;
import com.cocreation5r.processmodel.ProcessChangeView;
import com.cocreation5r.processmodel.ProposedModel;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The in-browser modeler ({@code modeler.xhtml?definition=...}): opens a deployed version in
 * bpmn-js or dmn-js, validates the edited model on the server (the product's checks and the
 * engine's parser, problems marked on their elements) and submits it as a change request.
 */
@Named
@ViewScoped
public class ModelerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessCatalog catalog;

    @Inject
    private ProcessChangeService changes;

    @Inject
    private Feedback feedback;

    @Inject
    private ModelFeedback modelFeedback;

    private String definition;
    private ModelVersion version;
    private String xml;
    private String summary;
    private List<ModelProblem> problems = List.of();
    private ProcessChangeView submitted;

    /** The view action: loads the version to edit. */
    public void load() {
        if (version != null) {
            return;
        }
        try {
            version = catalog.version(definition);
            xml = catalog.modelXml(definition);
        } catch (RuntimeException failure) {
            version = null;
            modelFeedback.failed(failure);
        }
    }

    public void validate() {
        problems = changes.validate(version.resourceName(), bytes());
        if (problems.isEmpty()) {
            feedback.info("modeler.valid");
        } else {
            feedback.error("models.rejected", problems.size());
        }
    }

    public void submit() {
        problems = List.of();
        try {
            submitted = changes.submit(new ProposedModel(version.resourceName(), bytes(), summary));
            feedback.info("models.submitted", submitted.id(), submitted.modelKey());
        } catch (RuntimeException failure) {
            if (!feedback.violations(failure)) {
                problems = modelFeedback.failed(failure);
            }
        }
    }

    private byte[] bytes() {
        return xml == null ? new byte[0] : xml.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isDecision() {
        return version != null && version.kind() == ModelVersion.Kind.DECISION;
    }

    public String getProblemsJson() {
        return ModelFeedback.json(problems);
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public ModelVersion getVersion() {
        return version;
    }

    public String getXml() {
        return xml;
    }

    public void setXml(String xml) {
        this.xml = xml;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<ModelProblem> getProblems() {
        return problems;
    }

    public ProcessChangeView getSubmitted() {
        return submitted;
    }
}
