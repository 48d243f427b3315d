package com.cocreation5r.engine.rest;

import com.cocreation5r.processmodel.ProcessChangeRefused;
import com.cocreation5r.web.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Answers for what fails inside the REST API. The product's own refusals reach the caller as what
 * they are, whatever the engine wrapped them in: the four-eyes rule on a change request (a process
 * owner completing the review of their own change) and a role the caller lacks are {@code 403}, a
 * change request already decided {@code 409}, with a message in the caller's language (English or
 * Korean). Everything else is answered as the Camunda REST API answers it, authorization failures
 * included.
 *
 * <p>Replaces Camunda's catch-all, engine-exception and REST-exception mappers: those would answer
 * {@code 500} for an exception the engine passed on from a delegate or a task listener (the task
 * resource wraps those in a REST exception).
 */
public class EngineRestRefusals implements ExceptionMapper<Throwable> {

    private static final String MESSAGES = "com.cocreation5r.web.messages";
    private static final Locale KOREAN = Locale.KOREAN;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Optional<ProcessChangeRefused> refused = Feedback.causeOfType(failure, ProcessChangeRefused.class);
        if (refused.isPresent()) {
            ProcessChangeRefused.Reason reason = refused.get().reason();
            return refusal(statusOf(reason), "ChangeRefused", reason.name(),
                    message("processChange.refused." + reason.name()));
        }
        if (Feedback.causeOfType(failure, EJBAccessException.class).isPresent()) {
            return refusal(Response.Status.FORBIDDEN, "AuthorizationException", "ROLE_MISSING",
                    message("rest.refused.ROLE_MISSING"));
        }
        return ExceptionHandlerHelper.getInstance().getResponse(failure);
    }

    private static Response.Status statusOf(ProcessChangeRefused.Reason reason) {
        return switch (reason) {
            case AUTHOR_CANNOT_REVIEW -> Response.Status.FORBIDDEN;
            case ALREADY_DECIDED -> Response.Status.CONFLICT;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case ALREADY_CURRENT, NOT_UTF8 -> Response.Status.BAD_REQUEST;
        };
    }

    private String message(String key) {
        return ResourceBundle.getBundle(MESSAGES, locale()).getString(key);
    }

    /** Korean when the caller prefers it to English, else English. */
    private Locale locale() {
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if (KOREAN.getLanguage().equals(accepted.getLanguage())) {
                    return KOREAN;
                }
                if (Locale.ENGLISH.getLanguage().equals(accepted.getLanguage())) {
                    break;
                }
            }
        }
        return Locale.ROOT;
    }

    static Response refusal(Response.Status status, String type, String reason, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ChangeRequestDeployments.refusal(type, message, null).add("reason", reason).build().toString())
                .build();
    }
}
