/**
 * The named internal communication partner of each stage of a campaign: the person partners and
 * colleagues turn to while that stage runs. The source asks for one per stage so that partners
 * always know whom to talk to inside the company.
 */
package com.cocreation5r.contact;
