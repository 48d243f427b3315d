package com.cocreation5r.partner.web;

import com.cocreation5r.partner.InvitationView;
import com.cocreation5r.partner.NewPassword;
import com.cocreation5r.partner.PasswordSetup;
import com.cocreation5r.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page a new partner's invitation link opens, before they can sign in: it greets them, takes
 * the new password twice and sets it; then the link is spent and they sign in.
 */
@Named
@ViewScoped
public class SetPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PasswordSetup setup;

    @Inject
    private Feedback feedback;

    private String token;
    private InvitationView invitation;
    private String password;
    private String confirmation;
    private boolean done;

    public void load() {
        try {
            invitation = setup.invitation(token);
        } catch (RuntimeException failure) {
            invitation = null;
            feedback.failed(failure);
        }
    }

    public void submit() {
        try {
            setup.setPassword(new NewPassword(token, password, confirmation));
            done = true;
            feedback.info("password.set", invitation.userId());
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public InvitationView getInvitation() {
        return invitation;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isDone() {
        return done;
    }
}
