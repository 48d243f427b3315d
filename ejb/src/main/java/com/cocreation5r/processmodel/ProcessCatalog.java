package com.cocreation5r.processmodel;

import com.cocreation5r.identity.ActAsCaller;
import com.cocreation5r.identity.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** What process owners (and administrators) see of the deployed models: every version and its model. */
@Stateless
@ActAsCaller
@RolesAllowed({Groups.PROCESS_OWNER, Groups.ADMIN})
public class ProcessCatalog {

    @Inject
    private ModelVersions versions;

    public List<ModelVersion> versions() {
        return versions.all();
    }

    public ModelVersion version(@NotNull String definitionId) {
        return versions.require(definitionId);
    }

    /** The model of one version as XML, with its diagram layout, for the editors and for export. */
    public String modelXml(@NotNull String definitionId) {
        return ModelVersions.utf8(versions.model(definitionId));
    }
}
