package com.cocreation5r.mission;

/** What kind of motivation an incentive appeals to. */
public enum IncentiveKind {
    /** Rewards from outside: prize money, fees, career credit. */
    EXTRINSIC,
    /** Rewards in the work itself: name on the product, early access, unique experiences, honour. */
    INTRINSIC
}
