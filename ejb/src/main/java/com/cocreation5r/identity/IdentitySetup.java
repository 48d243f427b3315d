package com.cocreation5r.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.cocreation5r.audit.AuditAction;
import com.cocreation5r.audit.AuditSubject;
import com.cocreation5r.audit.AuditTrail;
import com.cocreation5r.process.CampaignProcess;
import com.cocreation5r.process.IdeaFeasibilityDecision;
import com.cocreation5r.process.RealizationProcess;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.process.ReinforcementProcess;
import com.cocreation5r.process.SupportRequestProcess;
import com.cocreation5r.process.PoolCheckInProcess;
import com.cocreation5r.process.RecruitingProcess;
import com.cocreation5r.process.RetentionProcess;
import com.cocreation5r.process.RulesAndResponsibilitiesProcess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;

/**
 * Makes sure the groups of the 5R roles and the engine authorizations that go with them exist.
 * Task authorizations are not listed here: the engine grants them to a task's candidate groups
 * and assignee as tasks are created.
 *
 * <p>Runs in one transaction; whatever it had to add goes to the audit trail with it.
 */
@ApplicationScoped
public class IdentitySetup {

    @Inject
    private AuditTrail auditTrail;

    @Transactional(Transactional.TxType.REQUIRED)
    public void ensureGroupsAndAuthorizations(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        List<String> groupsCreated = new ArrayList<>();
        for (Groups.Group group : Groups.ALL) {
            if (identity.createGroupQuery().groupId(group.id()).count() == 0) {
                Group created = identity.newGroup(group.id());
                created.setName(group.name());
                created.setType(group.type());
                identity.saveGroup(created);
                groupsCreated.add(group.id());
            }
        }
        List<String> granted = grantRolePermissions(engine.getAuthorizationService());
        if (!groupsCreated.isEmpty() || !granted.isEmpty()) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("groupsCreated", String.join(",", groupsCreated));
            details.put("granted", String.join("; ", granted));
            auditTrail.record(AuditAction.AUTHORIZATIONS_CHANGED, AuditSubject.AUTHORIZATIONS, "role-groups", null,
                    details);
        }
    }

    /** @return the grants that were missing, one "group resource id permissions" each */
    private List<String> grantRolePermissions(AuthorizationService authorizations) {
        List<String> granted = new ArrayList<>();
        // Program managers open campaigns: they start the campaign process, which calls the stages.
        grant(authorizations, granted, Groups.PROGRAM_MANAGER, Resources.PROCESS_DEFINITION,
                CampaignProcess.PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE);
        grant(authorizations, granted, Groups.PROGRAM_MANAGER, Resources.PROCESS_INSTANCE, ANY,
                ProcessInstancePermissions.CREATE);
        for (String stage : new String[] {RecruitingProcess.PROCESS_KEY, RulesAndResponsibilitiesProcess.PROCESS_KEY}) {
            grant(authorizations, granted, Groups.PROGRAM_MANAGER, Resources.PROCESS_DEFINITION, stage,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        }
        // Staff working a stage may read its definition and instances (stage and campaign in the inbox).
        for (String group : new String[] {Groups.RECRUITER, Groups.INTERVIEWER, Groups.SELECTION_COMMITTEE}) {
            grant(authorizations, granted, group, Resources.PROCESS_DEFINITION, RecruitingProcess.PROCESS_KEY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        }
        grant(authorizations, granted, Groups.LEGAL, Resources.PROCESS_DEFINITION,
                RulesAndResponsibilitiesProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        // Partners see the stage's name on their own tasks, never its instances: those are internal.
        grant(authorizations, granted, Groups.PARTNER, Resources.PROCESS_DEFINITION,
                RulesAndResponsibilitiesProcess.PROCESS_KEY, ProcessDefinitionPermissions.READ);
        // ③ Reinforcement: community managers run the stage; partners see its name on their own tasks
        // and ask the feasibility rules about their ideas, which runs the decision as them.
        for (String group : new String[] {Groups.PROGRAM_MANAGER, Groups.COMMUNITY_MANAGER}) {
            grant(authorizations, granted, group, Resources.PROCESS_DEFINITION, ReinforcementProcess.PROCESS_KEY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        }
        grant(authorizations, granted, Groups.PARTNER, Resources.PROCESS_DEFINITION, ReinforcementProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ);
        // Support requests run apart from the stage; community managers answer them, program managers too when late.
        for (String group : new String[] {Groups.PROGRAM_MANAGER, Groups.COMMUNITY_MANAGER}) {
            grant(authorizations, granted, group, Resources.PROCESS_DEFINITION, SupportRequestProcess.PROCESS_KEY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        }
        for (String group : new String[] {Groups.PARTNER, Groups.COMMUNITY_MANAGER}) {
            grant(authorizations, granted, group, Resources.DECISION_DEFINITION, IdeaFeasibilityDecision.DECISION_KEY,
                    Permissions.READ, Permissions.CREATE_INSTANCE);
        }
        grantRealization(authorizations, granted);
        // Retention: program managers follow up partners, community managers hold the pool check-ins,
        // partners see the stage's name on their own survey task.
        grant(authorizations, granted, Groups.PROGRAM_MANAGER, Resources.PROCESS_DEFINITION, RetentionProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        grant(authorizations, granted, Groups.COMMUNITY_MANAGER, Resources.PROCESS_DEFINITION,
                PoolCheckInProcess.PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE);
        grant(authorizations, granted, Groups.PARTNER, Resources.PROCESS_DEFINITION, RetentionProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ);
        grantProcessOwners(authorizations, granted);
        // Auditors read the history of every process, and nothing else.
        grant(authorizations, granted, Groups.AUDITOR, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
        grant(authorizations, granted, Groups.AUDITOR, Resources.DECISION_DEFINITION, ANY,
                Permissions.READ, Permissions.READ_HISTORY);
        return granted;
    }

    /**
     * ④ Realization: the staff who work it read its instances (stage and campaign in the inbox);
     * program managers and internal experts reopen archived ideas into new instances; executives
     * fast-track ideas by correlating a message into the instance. Partners see the stage's name
     * on their own acknowledgment task only.
     */
    private void grantRealization(AuthorizationService authorizations, List<String> granted) {
        for (String group : new String[] {Groups.TRIAGE_MANAGER, Groups.EVALUATOR, Groups.EXECUTION}) {
            grant(authorizations, granted, group, Resources.PROCESS_DEFINITION, RealizationProcess.PROCESS_KEY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE);
        }
        for (String group : new String[] {Groups.PROGRAM_MANAGER, Groups.DOMAIN_EXPERT}) {
            grant(authorizations, granted, group, Resources.PROCESS_DEFINITION, RealizationProcess.PROCESS_KEY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        grant(authorizations, granted, Groups.DOMAIN_EXPERT, Resources.PROCESS_INSTANCE, ANY,
                ProcessInstancePermissions.CREATE);
        grant(authorizations, granted, Groups.EXECUTIVE, Resources.PROCESS_DEFINITION, RealizationProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE);
        grant(authorizations, granted, Groups.PARTNER, Resources.PROCESS_DEFINITION, RealizationProcess.PROCESS_KEY,
                ProcessDefinitionPermissions.READ);
    }

    /**
     * Process owners see every model, its instances and history, start change requests and
     * migrate instances. Nobody gets the permission to create deployments: only an approved change
     * request deploys (see {@code DeployProcessChange}).
     */
    private void grantProcessOwners(AuthorizationService authorizations, List<String> granted) {
        grant(authorizations, granted, Groups.PROCESS_OWNER, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.MIGRATE_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE);
        grant(authorizations, granted, Groups.PROCESS_OWNER, Resources.PROCESS_INSTANCE, ANY,
                ProcessInstancePermissions.CREATE, ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE);
        // evaluating a decision lets an owner try the rules they changed, as the stages will ask them
        grant(authorizations, granted, Groups.PROCESS_OWNER, Resources.DECISION_DEFINITION, ANY,
                Permissions.READ, Permissions.READ_HISTORY, Permissions.CREATE_INSTANCE);
        grant(authorizations, granted, Groups.PROCESS_OWNER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY,
                Permissions.READ);
        grant(authorizations, granted, Groups.PROCESS_OWNER, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(authorizations, granted, Groups.PROCESS_OWNER, Resources.BATCH, ANY, Permissions.READ,
                BatchPermissions.CREATE_BATCH_MIGRATE_PROCESS_INSTANCES);
    }

    private void grant(AuthorizationService authorizations, List<String> granted, String groupId, Resource resource,
            String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
            return;
        }
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
        granted.add(groupId + " " + resource.resourceName() + " " + resourceId + " "
                + Arrays.stream(permissions).map(Permission::getName).collect(Collectors.joining(",")));
    }

}
