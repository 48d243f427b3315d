/** Integration tests of the audit trail: what is recorded, tamper detection, auditors' limits. */
package com.cocreation5r.it.audit;
