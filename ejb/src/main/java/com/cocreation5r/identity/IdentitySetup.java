package com.cocreation5r.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.cocreation5r.process.CampaignProcess;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;

/**
 * Makes sure the groups of the 5R roles and the engine authorizations that go with them exist.
 * Task authorizations are not listed here: the engine grants them to a task's candidate groups
 * and assignee as tasks are created.
 */
@ApplicationScoped
public class IdentitySetup {

    public void ensureGroupsAndAuthorizations(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (Groups.Group group : Groups.ALL) {
            if (identity.createGroupQuery().groupId(group.id()).count() == 0) {
                Group created = identity.newGroup(group.id());
                created.setName(group.name());
                created.setType(group.type());
                identity.saveGroup(created);
            }
        }
        AuthorizationService authorizations = engine.getAuthorizationService();
        // Program managers open campaigns: they start the campaign process, which calls the stages.
        grant(authorizations, Groups.PROGRAM_MANAGER, Resources.PROCESS_DEFINITION, CampaignProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(authorizations, Groups.PROGRAM_MANAGER, Resources.PROCESS_INSTANCE, ANY,
                ProcessInstancePermissions.CREATE);
        for (String stage : new String[] {RecruitingProcess.PROCESS_KEY, RulesAndResponsibilitiesProcess.PROCESS_KEY}) {
            grant(authorizations, Groups.PROGRAM_MANAGER, Resources.PROCESS_DEFINITION, stage,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        }
        // Staff working a stage may read its definition and instances (stage and campaign in the inbox).
        for (String group : new String[] {Groups.RECRUITER, Groups.INTERVIEWER, Groups.SELECTION_COMMITTEE}) {
            grant(authorizations, group, Resources.PROCESS_DEFINITION, RecruitingProcess.PROCESS_KEY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        }
        grant(authorizations, Groups.LEGAL, Resources.PROCESS_DEFINITION, RulesAndResponsibilitiesProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        // Partners see the stage's name on their own tasks, never its instances: those are internal.
        grant(authorizations, Groups.PARTNER, Resources.PROCESS_DEFINITION, RulesAndResponsibilitiesProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ);
        // Auditors read the history of every process, and nothing else.
        grant(authorizations, Groups.AUDITOR, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
    }

    private void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
            Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

}
