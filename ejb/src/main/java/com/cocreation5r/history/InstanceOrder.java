package com.cocreation5r.history;

/** The orders the history search offers; each is an order of the engine's history query. */
public enum InstanceOrder {
    START_TIME,
    END_TIME,
    DURATION,
    PROCESS,
    BUSINESS_KEY
}
