package com.cocreation5r.campaign;

/** How likely a risk of the register is judged to occur. */
public enum Likelihood {
    LOW,
    MEDIUM,
    HIGH
}
