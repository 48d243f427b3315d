/** Campaigns: one co-creation project each, run through the five 5R stages. */
package com.cocreation5r.campaign;
