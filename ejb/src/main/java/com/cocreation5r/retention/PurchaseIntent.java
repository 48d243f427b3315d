package com.cocreation5r.retention;

/**
 * The five-point purchase-intent scale of market research: how likely a partner of the pool is
 * to buy what an accepted idea became. The top two answers count as "would buy".
 */
public enum PurchaseIntent {
    DEFINITELY,
    PROBABLY,
    MIGHT_OR_MIGHT_NOT,
    PROBABLY_NOT,
    DEFINITELY_NOT;

    public boolean wouldBuy() {
        return this == DEFINITELY || this == PROBABLY;
    }
}
