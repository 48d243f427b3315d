package com.cocreation5r.realization;

/** The business concept a mid-level manager files an idea under at triage. */
public enum BusinessConcept {
    PRODUCT,
    PACKAGING,
    MARKETING,
    SERVICE,
    OPERATIONS,
    SUSTAINABILITY
}
