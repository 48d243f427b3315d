package com.cocreation5r.realization;

/** The departments that execute accepted ideas; triage routes each idea to one of them. */
public enum ExecutionDepartment {
    PRODUCT_DEVELOPMENT,
    DESIGN,
    MARKETING,
    OPERATIONS,
    CUSTOMER_SERVICE
}
