/**
 * Stage ② R&amp;R, Role &amp; Responsibility: the mission a campaign gives its partners, the incentive
 * portfolio that rewards them, the evaluation scheme agreed before any work (locked and published
 * with a digest once the stage completes), legal's review of the terms and each partner's consent.
 */
package com.cocreation5r.mission;
