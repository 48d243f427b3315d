/** The audit page: whether the audit chain is intact, and its entries. */
package com.cocreation5r.audit.web;
