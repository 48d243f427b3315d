/** The public set-password page a new partner's invitation link opens. */
package com.cocreation5r.partner.web;
