package com.cocreation5r.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;

/** The signed-in user as the page header shows them, and signing out. */
@Named
@RequestScoped
public class AccountView {

    public String getUserName() {
        Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return principal == null ? "" : principal.getName();
    }

    /**
     * Ends the session and goes to the inbox: the container then asks to sign in again, so the
     * browser's back button cannot bring back a page of the previous user.
     */
    public String signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            // the session is invalidated below in any case, which also drops the authentication
        }
        external.invalidateSession();
        return "/inbox.xhtml?faces-redirect=true";
    }
}
