package com.cocreation5r.partner;

/**
 * A title the program gives a partner for their contribution to a campaign, decided by the
 * {@code partnerHonours} decision at Retention. Ordered from lowest to highest: a partner keeps
 * the highest they ever earned.
 */
public enum Honour {
    /** Thanked, no title. */
    NONE,
    /** Recognised as an honorary consumer of the brand. */
    HONORARY_CONSUMER,
    /** Guides the new partners of later campaigns. */
    MENTOR;

    public boolean isAbove(Honour other) {
        return compareTo(other) > 0;
    }
}
