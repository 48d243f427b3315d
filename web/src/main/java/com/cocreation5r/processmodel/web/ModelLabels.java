package com.cocreation5r.processmodel.web;

import static java.util.stream.Collectors.toUnmodifiableSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Names of processes and their tasks in the reader's language. The engine knows one name per
 * element, the label of the deployed model; the labels of the shipped models are translated in the
 * {@code models} bundle. A translation is shown only while the deployed element still carries the
 * shipped label, so a task a process owner has renamed or added shows the owner's own words.
 */
@Named
@ApplicationScoped
public class ModelLabels {

    static final String BUNDLE = "com.cocreation5r.web.models";

    private static final String PROCESS = "process.";
    private static final String TASK = "task.";

    // the base bundle is the shipped labels, never the JVM's default language
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String process(String processKey, String deployedName) {
        return label(viewLocale(), PROCESS + processKey, deployedName);
    }

    public String task(String processKey, String taskKey, String deployedName) {
        return label(viewLocale(), TASK + processKey + "." + taskKey, deployedName);
    }

    /**
     * The keys of the shipped tasks whose translated label contains the text, ignoring case: what a
     * name filter typed in that language means. None in English, where the deployed labels are the
     * ones the engine searches.
     */
    public Set<String> taskKeysLabelled(String text, Locale locale) {
        ResourceBundle labels = bundle(locale);
        if (labels.getLocale().equals(Locale.ROOT) || text == null || text.isBlank()) {
            return Set.of();
        }
        String wanted = text.strip().toLowerCase(locale);
        return labels.keySet().stream()
                .filter(key -> key.startsWith(TASK))
                .filter(key -> labels.getString(key).toLowerCase(locale).contains(wanted))
                .map(key -> key.substring(key.lastIndexOf('.') + 1))
                .collect(toUnmodifiableSet());
    }

    String label(Locale locale, String key, String deployedName) {
        ResourceBundle shipped = bundle(Locale.ROOT);
        if (deployedName == null || !shipped.containsKey(key) || !shipped.getString(key).equals(deployedName)) {
            return deployedName;
        }
        return bundle(locale).getString(key);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ModelLabels.class.getClassLoader(), NO_FALLBACK);
    }

    private static Locale viewLocale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
