package com.cocreation5r.engine.rest;

import com.cocreation5r.processmodel.ModelInspection;
import com.cocreation5r.processmodel.ModelProblem;
import com.cocreation5r.processmodel.ModelRejected;
import com.cocreation5r.processmodel.ProcessChangeRefused;
import com.cocreation5r.processmodel.ProcessChangeService;
import com.cocreation5r.processmodel.ProcessChangeView;
import com.cocreation5r.processmodel.ProposedModel;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Deployments through the REST API, as the desktop Camunda Modeler sends them
 * ({@code POST deployment/create}, multipart), become change requests: every model file passes
 * the same checks as in the modeler and the upload, and is deployed only once another process
 * owner approves it. The answer is {@code 202 Accepted} with the change requests, or {@code 400}
 * naming each problem with its element and rule; this call itself deploys nothing.
 *
 * <p>A servlet of its own, mapped more precisely than the REST API, so the engine's deployment
 * resource is never reached.
 */
@WebServlet(urlPatterns = {EngineRestApplication.PATH + "/deployment/create",
        EngineRestApplication.PATH + "/engine/default/deployment/create"})
@MultipartConfig(maxFileSize = 4L * ModelInspection.MAX_BYTES, maxRequestSize = 16L * ModelInspection.MAX_BYTES)
public class ChangeRequestDeployments extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProcessChangeService changes;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Part> files = new ArrayList<>();
        String deploymentName = "";
        String source = "the REST API";
        try {
            for (Part part : request.getParts()) {
                if (part.getSubmittedFileName() != null) {
                    files.add(part);
                } else if ("deployment-name".equals(part.getName())) {
                    deploymentName = text(part);
                } else if ("deployment-source".equals(part.getName())) {
                    source = text(part);
                }
            }
        } catch (IllegalStateException tooLarge) {
            send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, refusal("ModelRejected",
                    "The upload is larger than the server accepts", null));
            return;
        } catch (ServletException notMultipart) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, refusal("InvalidRequest",
                    "Send the models as multipart/form-data", null));
            return;
        }
        if (files.isEmpty()) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, refusal("InvalidRequest",
                    "The deployment contains no model file", null));
            return;
        }
        String summary = truncate("Deployment '" + deploymentName + "' sent from " + source);
        try {
            List<byte[]> contents = new ArrayList<>();
            // all files or none: each is checked before any change request is made
            for (Part file : files) {
                byte[] content;
                try (InputStream in = file.getInputStream()) {
                    content = in.readAllBytes();
                }
                List<ModelProblem> problems = changes.validate(file.getSubmittedFileName(), content);
                if (!problems.isEmpty()) {
                    throw new ModelRejected(problems);
                }
                contents.add(content);
            }
            JsonArrayBuilder submitted = Json.createArrayBuilder();
            for (int i = 0; i < files.size(); i++) {
                ProcessChangeView change = changes.submit(
                        new ProposedModel(files.get(i).getSubmittedFileName(), contents.get(i), summary));
                submitted.add(Json.createObjectBuilder()
                        .add("id", change.id())
                        .add("modelKey", change.modelKey())
                        .add("resourceName", change.resourceName())
                        .add("status", change.status().name()));
            }
            send(response, HttpServletResponse.SC_ACCEPTED, Json.createObjectBuilder()
                    .add("type", "ChangeRequestSubmitted")
                    .add("message", "Submitted for review: another process owner must approve the change before "
                            + "it is deployed")
                    .add("changeRequests", submitted));
        } catch (ModelRejected rejected) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            rejected.problems().forEach(problem -> problems.add(Json.createObjectBuilder()
                    .add("rule", problem.rule().name())
                    .add("elementId", problem.elementId() == null ? "" : problem.elementId())
                    .add("message", problem.message())));
            send(response, HttpServletResponse.SC_BAD_REQUEST, refusal("ModelRejected", rejected.getMessage(),
                    problems));
        } catch (ProcessChangeRefused refused) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, refusal("ChangeRefused", refused.reason().name(),
                    null));
        } catch (EJBAccessException denied) {
            send(response, HttpServletResponse.SC_FORBIDDEN, refusal("AuthorizationException",
                    "Only process owners may change process models", null));
        }
    }

    static JsonObjectBuilder refusal(String type, String message, JsonArrayBuilder problems) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", type).add("message", message);
        if (problems != null) {
            body.add("problems", problems);
        }
        return body;
    }

    static void send(HttpServletResponse response, int status, JsonObjectBuilder body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body.build().toString());
    }

    private static String text(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(500), StandardCharsets.UTF_8);
        }
    }

    private static String truncate(String summary) {
        return summary.length() > 2000 ? summary.substring(0, 2000) : summary;
    }
}
