package com.cocreation5r.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * The language the user reads the application in. It starts from the browser's preference (as
 * Faces negotiates it against the supported locales) and, once switched, stays for the session.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SUPPORTED = Set.of("en", "ko");

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            locale = context.getApplication().getViewHandler().calculateLocale(context);
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * Switches the language and shows the same page again by a redirect, so that every text of the
     * page, the browser's address and its history agree on the new language.
     */
    public String change(String language) {
        if (!SUPPORTED.contains(language)) {
            return null;
        }
        locale = Locale.forLanguageTag(language);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
