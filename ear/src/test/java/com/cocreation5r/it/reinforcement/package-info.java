/** Integration tests of stage ③ Reinforcement: the stage through the services as partners and staff, refusals included. */
package com.cocreation5r.it.reinforcement;
