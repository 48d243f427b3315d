package com.cocreation5r.engine.rest;

import com.cocreation5r.identity.Groups;
import com.cocreation5r.process.ProcessChangeProcess;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Every request to the REST API signs in with HTTP Basic, against the same security realm as the
 * login page (so the EJB roles apply), and acts in the engine as that user for the request (so
 * the engine's authorizations apply, as in the UI). A session cookie alone is not enough: a page
 * of another site cannot make a signed-in browser call the API. Redeploying is refused here for
 * everyone, administrators included: only a reviewed change request deploys.
 *
 * <p>The API serves process owners' tools (the desktop Camunda Modeler), auditors and
 * administrators. Everyone else works through the application's pages, whose services validate
 * each form: completing a stage's task here would skip those checks, so other users are refused,
 * and the only tasks anyone may act on here are change-request reviews, whose listener checks the
 * verdict.
 */
@WebFilter(urlPatterns = EngineRestApplication.PATH + "/*")
public class EngineRestAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BASIC = "Basic ";
    /** Redeploying would deploy without a review; roll-backs go through change requests. */
    private static final Pattern REDEPLOY = Pattern.compile(".*/deployment/[^/]+/redeploy/?");
    private static final Set<String> API_ROLES = Set.of(Groups.PROCESS_OWNER, Groups.AUDITOR, Groups.ADMIN);
    /** A request on one task or what hangs off it (completion, form, variables, assignee, ...). */
    private static final Pattern TASK_REQUEST = Pattern.compile(".*/task/([^/]+)(/.*)?");

    @Inject
    private IdentityService identityService;

    @Inject
    private TaskService taskService;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String[] credentials = credentials(request.getHeader("Authorization"));
        if (credentials == null) {
            refuse(response);
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(credentials[0], credentials[1]);
        } catch (ServletException failed) {
            refuse(response);
            return;
        }
        if ("POST".equals(request.getMethod()) && REDEPLOY.matcher(request.getRequestURI()).matches()) {
            ChangeRequestDeployments.send(response, HttpServletResponse.SC_FORBIDDEN, ChangeRequestDeployments.refusal(
                    "RedeployRefused", "Deployments are not redeployed directly: request a roll-back, which another "
                            + "process owner reviews", null));
            request.logout();
            return;
        }
        if (API_ROLES.stream().noneMatch(request::isUserInRole)) {
            refuseAndSignOut(request, response, "ApiNotForRole", "The REST API is for process owners, auditors and "
                    + "administrators; work your tasks in the application");
            return;
        }
        if (!isRead(request) && actsOnTaskOutsideChangeRequests(request.getRequestURI())) {
            refuseAndSignOut(request, response, "TaskActionRefused", "Only change-request reviews are worked through "
                    + "the REST API; other tasks are worked in the application, where their forms are checked");
            return;
        }
        String userId = request.getUserPrincipal().getName();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        identityService.setAuthentication(userId, groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
            request.logout();
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || "OPTIONS".equals(request.getMethod());
    }

    /**
     * Whether a changing request names a task other than a change-request review, or creates a
     * task. Looked up before the request acts as its user, so the check sees every task.
     */
    private boolean actsOnTaskOutsideChangeRequests(String uri) {
        Matcher task = TASK_REQUEST.matcher(uri);
        if (!task.matches() || task.group(1).equals("count")) {
            return false;
        }
        return task.group(1).equals("create") || taskService.createTaskQuery().taskId(task.group(1))
                .processDefinitionKey(ProcessChangeProcess.PROCESS_KEY).count() == 0;
    }

    private static void refuseAndSignOut(HttpServletRequest request, HttpServletResponse response, String type,
            String message) throws IOException, ServletException {
        ChangeRequestDeployments.send(response, HttpServletResponse.SC_FORBIDDEN,
                ChangeRequestDeployments.refusal(type, message, null));
        request.logout();
    }

    private static String[] credentials(String header) {
        if (header == null || !header.startsWith(BASIC)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Co-Creation 5R\", charset=\"UTF-8\"");
        response.setContentType("application/json");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.getWriter().write("{\"type\":\"AuthenticationRequired\",\"message\":\"Sign in with HTTP Basic\"}");
    }
}
