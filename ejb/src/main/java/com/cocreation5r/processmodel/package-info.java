/**
 * Process owners change how the program runs: the catalogue of deployed process and decision
 * models, the inspection that refuses hostile or broken models on every path that deploys,
 * the four-eyes change request that alone deploys a new version (or rolls back to an earlier
 * one), and the migration of running instances to a new version.
 */
package com.cocreation5r.processmodel;
