package com.cocreation5r.processmodel.web;

import com.cocreation5r.processmodel.ModelProblem;
import com.cocreation5r.processmodel.ModelVersion;
import com.cocreation5r.processmodel.ProcessCatalog;
import com.cocreation5r.processmodel.ProcessChangeService;
import com.cocreation5r.processmodel.ProcessChangeView;
import com.cocreation5r.processmodel.ProposedModel;
import com.cocreation5r.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The process models page: every version of every process and decision with its running
 * instances and who deployed it; export of any version, import of a file made elsewhere and
 * roll-back to an earlier version, both as change requests; the latest change requests.
 */
@Named
@ViewScoped
public class ProcessModelsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessCatalog catalog;

    @Inject
    private ProcessChangeService changes;

    @Inject
    private Feedback feedback;

    @Inject
    private ModelFeedback modelFeedback;

    private List<ModelVersion> versions;
    private List<ProcessChangeView> latestChanges;
    private List<ModelProblem> problems = List.of();
    private UploadedFile upload;
    private String importSummary;
    private String rollbackDefinitionId;
    private String rollbackSummary;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        versions = catalog.versions();
        latestChanges = changes.latestChanges();
    }

    /** Submits an uploaded model (from any BPMN 2.0 or DMN tool) as a change request, as it is. */
    public void importModel() {
        problems = List.of();
        if (upload == null || upload.getFileName() == null) {
            feedback.error("processChange.model.required");
            return;
        }
        try {
            ProcessChangeView change = changes.submit(
                    new ProposedModel(upload.getFileName(), upload.getContent(), importSummary));
            feedback.info("models.submitted", change.id(), change.modelKey());
            importSummary = null;
            reload();
        } catch (RuntimeException failure) {
            if (!feedback.violations(failure)) {
                problems = modelFeedback.failed(failure);
            }
        }
    }

    public void requestRollback() {
        try {
            ProcessChangeView change = changes.requestRollback(rollbackDefinitionId, rollbackSummary);
            feedback.info("models.rollbackSubmitted", change.id(), change.modelKey());
            rollbackSummary = null;
            reload();
        } catch (RuntimeException failure) {
            if (!feedback.violations(failure)) {
                problems = modelFeedback.failed(failure);
            }
        }
    }

    /** The latest version of the same model, where running instances of an older one may migrate to. */
    public String latestDefinitionIdOf(ModelVersion version) {
        return versions.stream()
                .filter(other -> other.kind() == version.kind() && other.key().equals(version.key()) && other.latest())
                .map(ModelVersion::definitionId)
                .findFirst()
                .orElse(null);
    }

    /** The version's model file as deployed, with its diagram layout. */
    public StreamedContent export(ModelVersion version) {
        byte[] xml = catalog.modelXml(version.definitionId()).getBytes(StandardCharsets.UTF_8);
        String name = version.resourceName().contains("/")
                ? version.resourceName().substring(version.resourceName().lastIndexOf('/') + 1)
                : version.resourceName();
        return DefaultStreamedContent.builder()
                .name(name.replace(".bpmn", "-v" + version.version() + ".bpmn")
                        .replace(".dmn", "-v" + version.version() + ".dmn"))
                .contentType("application/xml")
                .stream(() -> new ByteArrayInputStream(xml))
                .build();
    }

    public List<ModelVersion> getVersions() {
        return versions;
    }

    public List<ProcessChangeView> getLatestChanges() {
        return latestChanges;
    }

    public List<ModelProblem> getProblems() {
        return problems;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getImportSummary() {
        return importSummary;
    }

    public void setImportSummary(String importSummary) {
        this.importSummary = importSummary;
    }

    public String getRollbackDefinitionId() {
        return rollbackDefinitionId;
    }

    public void setRollbackDefinitionId(String rollbackDefinitionId) {
        this.rollbackDefinitionId = rollbackDefinitionId;
    }

    public String getRollbackSummary() {
        return rollbackSummary;
    }

    public void setRollbackSummary(String rollbackSummary) {
        this.rollbackSummary = rollbackSummary;
    }
}
