package com.cocreation5r.reinforcement.web;

import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.reinforcement.IdeaDetail;
import com.cocreation5r.reinforcement.IdeaService;
import com.cocreation5r.reinforcement.SupportService;
import com.cocreation5r.web.Feedback;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One idea ({@code idea.xhtml?id=...}) with its revisions, comments and feasibility warnings; the
 * cohort comments, revises and votes here during the refinement window, the community manager
 * showcases it. Anyone the service does not let see the idea is told so, and sees nothing of it.
 */
@Named
@ViewScoped
public class IdeaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IdeaService ideas;

    @Inject
    private SupportService support;

    @Inject
    private Feedback feedback;

    private Long id;
    private IdeaDetail idea;
    private String comment;
    private String title;
    private String summary;
    private String description;
    private String note;
    private Integer stars;
    private String reason;
    private String question;

    /** The view action: loads the idea, or says it is not there for this user. */
    public void load() {
        idea = null;
        if (id == null) {
            feedback.error("idea.notFound");
            return;
        }
        if (!reload()) {
            return;
        }
        IdeaContent content = idea.content();
        title = content.title();
        summary = content.summary();
        description = content.description();
        stars = idea.myVote();
    }

    private boolean reload() {
        try {
            idea = ideas.idea(id);
            return true;
        } catch (EJBAccessException denied) {
            feedback.accessDenied(denied);
        } catch (RuntimeException failure) {
            feedback.failed(failure);
        }
        idea = null;
        return false;
    }

    public void addComment() {
        if (act(() -> ideas.comment(id, comment), "idea.commented")) {
            comment = null;
        }
    }

    public void revise() {
        if (act(() -> ideas.revise(id, new IdeaContent(title, summary, description), note), "idea.revised")) {
            note = null;
        }
    }

    public void vote() {
        act(() -> ideas.vote(id, stars == null ? 0 : stars), "idea.voted");
    }

    public void showcase() {
        act(() -> ideas.showcase(id, reason), "idea.showcased");
    }

    public void askForSupport() {
        if (act(() -> support.raise(idea.summary().campaignId(), id, question), "support.raised")) {
            question = null;
        }
    }

    /** Runs a service action; on success says so and shows the idea as it is now. */
    private boolean act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            feedback.failed(failure);
            return false;
        }
        feedback.info(doneKey);
        reload();
        return true;
    }

    public boolean isAvailable() {
        return idea != null;
    }

    public IdeaDetail getIdea() {
        return idea;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
