package com.cocreation5r.mission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The rewards a campaign promises its partners. The program balances extrinsic and intrinsic
 * rewards: when extrinsic value dominates, money crowds out the motivation co-creation lives on,
 * so the form warns (it does not forbid).
 */
public record IncentivePortfolio(
        @NotEmpty(message = "{incentives.required}") @Size(max = 20)
        List<@NotNull @Valid Incentive> items) implements Serializable {

    /** Extrinsic dominates when it is more than this share of the stated value. */
    public static final int DOMINANCE_THRESHOLD_PERCENT = 50;

    public IncentivePortfolio {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public long totalValue() {
        return items.stream().mapToLong(item -> value(item)).sum();
    }

    /** The extrinsic share of the stated value, in whole percent (rounded down); 0 for an empty portfolio. */
    public int extrinsicSharePercent() {
        long total = totalValue();
        if (total == 0) {
            return 0;
        }
        long extrinsic = items.stream().filter(item -> item.getKind() == IncentiveKind.EXTRINSIC)
                .mapToLong(IncentivePortfolio::value).sum();
        return (int) (extrinsic * 100 / total);
    }

    /** Whether extrinsic rewards make up more than half of the stated value. */
    public boolean extrinsicDominates() {
        long total = totalValue();
        long extrinsic = items.stream().filter(item -> item.getKind() == IncentiveKind.EXTRINSIC)
                .mapToLong(IncentivePortfolio::value).sum();
        return total > 0 && extrinsic * 100 > total * DOMINANCE_THRESHOLD_PERCENT;
    }

    private static long value(Incentive item) {
        return item.getValue() == null ? 0 : Math.max(0, item.getValue());
    }
}
