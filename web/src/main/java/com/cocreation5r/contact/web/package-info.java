/** The pages of the stage contacts: a campaign's contacts for staff, a partner's own on their page. */
package com.cocreation5r.contact.web;
