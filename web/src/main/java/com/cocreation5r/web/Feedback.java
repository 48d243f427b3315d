package com.cocreation5r.web;

import com.cocreation5r.contact.StageContactRefused;
import com.cocreation5r.idea.IdeaNotFound;
import com.cocreation5r.inbox.TaskActionRefused;
import com.cocreation5r.mission.MissionRuleBroken;
import com.cocreation5r.partner.InvitationRefused;
import com.cocreation5r.realization.RealizationRuleBroken;
import com.cocreation5r.recruiting.RecruitingRuleBroken;
import com.cocreation5r.reinforcement.ReinforcementRuleBroken;
import com.cocreation5r.retention.RetentionRuleBroken;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Tells the user, in the view's language, what happened: the outcome of an action, or why a
 * service refused it. Services report refusals as exceptions with a reason and Bean Validation
 * violations with message keys; the texts for both live in the UI bundle, so they follow the
 * language the user chose rather than the server's.
 */
@ApplicationScoped
public class Feedback {

    /** Name of the UI resource bundle in faces-config.xml. */
    static final String BUNDLE_VAR = "msg";

    /** The text of {@code key} in the view's language, with {@code arguments} filled in. */
    public String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern = lookUp(context, key).orElse(key);
        return arguments.length == 0 ? pattern
                : new MessageFormat(pattern, context.getViewRoot().getLocale()).format(arguments);
    }

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** An info message that survives the redirect after a completed action. */
    public void infoAfterRedirect(String key, Object... arguments) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, arguments);
    }

    /**
     * Completes a task form: runs {@code completion}; if a service refuses it, the form stays with
     * the reasons and what the user typed, otherwise the inbox shows {@code key}.
     *
     * @return the navigation outcome: the inbox, or {@code null} to stay
     */
    public String completeThenInbox(Runnable completion, String key, Object... arguments) {
        try {
            completion.run();
        } catch (RuntimeException failure) {
            failed(failure);
            return null;
        }
        infoAfterRedirect(key, arguments);
        return "/inbox.xhtml?faces-redirect=true";
    }

    public void refused(TaskActionRefused refusal) {
        error("refused." + refusal.reason().name());
    }

    public void ruleBroken(RecruitingRuleBroken broken) {
        error("rule." + broken.rule().name());
    }

    public void accessDenied(EJBAccessException denied) {
        error("refused.FORBIDDEN");
    }

    /**
     * Reports why a service refused an action: a refused task action, a broken Recruiting, R&R or
     * Reinforcement rule, an idea the caller may not see,
     * missing permission, or invalid input. Anything else is a fault, not a refusal, and goes on
     * to the container's error handling.
     */
    public void failed(RuntimeException failure) {
        if (failure instanceof TaskActionRefused refusal) {
            refused(refusal);
        } else if (failure instanceof RecruitingRuleBroken broken) {
            ruleBroken(broken);
        } else if (failure instanceof MissionRuleBroken broken) {
            error("rule." + broken.rule().name());
        } else if (failure instanceof ReinforcementRuleBroken broken) {
            error("rule." + broken.rule().name());
        } else if (failure instanceof IdeaNotFound) {
            error("idea.notFound");
        } else if (failure instanceof RealizationRuleBroken broken) {
            error("realization.rule." + broken.rule().name());
        } else if (failure instanceof RetentionRuleBroken broken) {
            error("rule." + broken.rule().name());
        } else if (failure instanceof StageContactRefused refused) {
            error("stageContact.refused." + refused.reason().name());
        } else if (failure instanceof InvitationRefused refused) {
            error("invitation.refused." + refused.reason().name());
        } else if (failure instanceof EJBAccessException denied) {
            accessDenied(denied);
        } else if (!violations(failure)) {
            throw failure;
        }
    }

    /**
     * Shows each violation found in the cause chain of {@code failure} next to the input named
     * after the violating property (its last path node, in kebab-case), or above the form if the
     * page has no such input. Marks the request as failed validation, so the page keeps what the
     * user typed.
     *
     * @return whether the failure was a validation failure; if not, the caller still has to
     *         report it
     */
    public boolean violations(Throwable failure) {
        Optional<ConstraintViolationException> violations = causeOfType(failure, ConstraintViolationException.class);
        if (violations.isEmpty()) {
            return false;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        for (ConstraintViolation<?> violation : violations.get().getConstraintViolations()) {
            String text = lookUp(context, stripBraces(violation.getMessageTemplate()))
                    .orElse(violation.getMessage());
            UIComponent input = findById(context.getViewRoot(), inputId(violation.getPropertyPath()));
            add(input == null ? null : input.getClientId(context), FacesMessage.SEVERITY_ERROR, text);
        }
        context.validationFailed();
        return true;
    }

    /** The exception of {@code type} somewhere in the cause chain, as EJB containers wrap them. */
    public static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static UIComponent findById(UIComponent parent, String id) {
        if (id.isEmpty()) {
            return null;
        }
        var children = parent.getFacetsAndChildren();
        while (children.hasNext()) {
            UIComponent child = children.next();
            if (id.equals(child.getId())) {
                return child;
            }
            UIComponent found = findById(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** {@code communityReach} is shown by the input with id {@code community-reach}. */
    static String inputId(Path propertyPath) {
        String name = null;
        for (Path.Node node : propertyPath) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        if (name == null) {
            return "";
        }
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    public static String stripBraces(String template) {
        if (template != null && template.startsWith("{") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        return template;
    }

    private static Optional<String> lookUp(FacesContext context, String key) {
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, BUNDLE_VAR);
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
