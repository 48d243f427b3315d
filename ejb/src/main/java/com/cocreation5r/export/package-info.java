/**
 * Exports of what auditors see (an instance's audit trail, a report) as CSV and PDF documents.
 * The views decide the rows and the column names in the reader's language; this package only
 * writes them down.
 */
package com.cocreation5r.export;
