/** The campaign list: the co-creation campaigns and where each stands. */
package com.cocreation5r.campaign.web;
