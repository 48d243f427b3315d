package com.cocreation5r.reinforcement.web;

import com.cocreation5r.idea.IdeaContent;
import com.cocreation5r.reinforcement.FeasibilityFacts;
import com.cocreation5r.reinforcement.IdeaDraft;
import java.io.Serializable;

/** The inputs of one idea in the drafting form, as the partner types them. */
public class IdeaEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long ideaId;
    private String title;
    private String summary;
    private String description;
    private String subMission;
    private Long estimatedCost;
    private Integer monthsToMarket;
    private boolean needsNewProductionLine;
    private boolean makesRegulatoryClaims;
    private String ingredients;

    static IdeaEditor of(Long ideaId, IdeaDraft draft) {
        IdeaEditor editor = new IdeaEditor();
        editor.ideaId = ideaId;
        editor.title = draft.content().title();
        editor.summary = draft.content().summary();
        editor.description = draft.content().description();
        editor.subMission = draft.subMission();
        editor.estimatedCost = draft.facts().estimatedCost();
        editor.monthsToMarket = draft.facts().monthsToMarket();
        editor.needsNewProductionLine = draft.facts().needsNewProductionLine();
        editor.makesRegulatoryClaims = draft.facts().makesRegulatoryClaims();
        editor.ingredients = draft.facts().ingredients();
        return editor;
    }

    IdeaDraft draft() {
        return new IdeaDraft(new IdeaContent(title, summary, description), subMission,
                new FeasibilityFacts(estimatedCost, monthsToMarket, needsNewProductionLine, makesRegulatoryClaims,
                        ingredients));
    }

    public Long getIdeaId() {
        return ideaId;
    }

    void setIdeaId(Long ideaId) {
        this.ideaId = ideaId;
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

    public String getSubMission() {
        return subMission;
    }

    public void setSubMission(String subMission) {
        this.subMission = subMission;
    }

    public Long getEstimatedCost() {
        return estimatedCost;
    }

    public void setEstimatedCost(Long estimatedCost) {
        this.estimatedCost = estimatedCost;
    }

    public Integer getMonthsToMarket() {
        return monthsToMarket;
    }

    public void setMonthsToMarket(Integer monthsToMarket) {
        this.monthsToMarket = monthsToMarket;
    }

    public boolean isNeedsNewProductionLine() {
        return needsNewProductionLine;
    }

    public void setNeedsNewProductionLine(boolean needsNewProductionLine) {
        this.needsNewProductionLine = needsNewProductionLine;
    }

    public boolean isMakesRegulatoryClaims() {
        return makesRegulatoryClaims;
    }

    public void setMakesRegulatoryClaims(boolean makesRegulatoryClaims) {
        this.makesRegulatoryClaims = makesRegulatoryClaims;
    }

    public String getIngredients() {
        return ingredients;
    }

    public void setIngredients(String ingredients) {
        this.ingredients = ingredients;
    }
}
