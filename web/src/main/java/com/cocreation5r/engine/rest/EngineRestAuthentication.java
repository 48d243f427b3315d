package com.cocreation5r.engine.rest;

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
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Every request to the REST API signs in with HTTP Basic, against the same security realm as the
 * login page (so the EJB roles apply), and acts in the engine as that user for the request (so
 * the engine's authorizations apply, as in the UI). A session cookie alone is not enough: a page
 * of another site cannot make a signed-in browser call the API. Redeploying is refused here for
 * everyone, administrators included: only a reviewed change request deploys.
 */
@WebFilter(urlPatterns = EngineRestApplication.PATH + "/*")
public class EngineRestAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BASIC = "Basic ";
    /** Redeploying would deploy without a review; roll-backs go through change requests. */
    private static final Pattern REDEPLOY = Pattern.compile(".*/deployment/[^/]+/redeploy/?");

    @Inject
    private IdentityService identityService;

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
