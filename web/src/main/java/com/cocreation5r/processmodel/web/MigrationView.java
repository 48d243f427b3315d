package com.cocreation5r.processmodel.web;

import com.cocreation5r.processmodel.InstanceMigration;
import com.cocreation5r.processmodel.MigrationProposal;
import com.cocreation5r.processmodel.MigrationResult;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Migrating running instances ({@code migrate.xhtml?source=...&target=...}): the engine's proposed
 * mapping and its validation report first, then the migration.
 */
@Named
@ViewScoped
public class MigrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InstanceMigration migration;

    @Inject
    private Feedback feedback;

    @Inject
    private ModelFeedback modelFeedback;

    private String source;
    private String target;
    private MigrationProposal proposal;
    private MigrationResult result;

    public void load() {
        try {
            proposal = migration.propose(source, target);
        } catch (RuntimeException failure) {
            modelFeedback.failed(failure);
        }
    }

    public void migrate() {
        try {
            result = migration.migrate(source, target);
            if (result.migrated()) {
                feedback.info(result.batchId() == null ? "migration.done" : "migration.batched", result.instances());
                proposal = migration.propose(source, target);
            } else {
                feedback.error("migration.refused");
            }
        } catch (RuntimeException failure) {
            modelFeedback.failed(failure);
        }
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public MigrationProposal getProposal() {
        return proposal;
    }

    public MigrationResult getResult() {
        return result;
    }
}
