package com.cocreation5r.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Too much extrinsic value harms motivation: the portfolio says when it dominates. */
class IncentivePortfolioTest {

    private static Incentive extrinsic(int value) {
        return new Incentive(IncentiveKind.EXTRINSIC, "Prize money", value);
    }

    private static Incentive intrinsic(int value) {
        return new Incentive(IncentiveKind.INTRINSIC, "Name on the product", value);
    }

    @Test
    void extrinsicDominatesAboveHalfOfTheStatedValue() {
        IncentivePortfolio portfolio = new IncentivePortfolio(List.of(extrinsic(600), intrinsic(400)));

        assertThat(portfolio.extrinsicDominates()).isTrue();
        assertThat(portfolio.extrinsicSharePercent()).isEqualTo(60);
    }

    @Test
    void exactlyHalfIsBalanced() {
        IncentivePortfolio portfolio = new IncentivePortfolio(List.of(extrinsic(500), intrinsic(300), intrinsic(200)));

        assertThat(portfolio.extrinsicDominates()).isFalse();
        assertThat(portfolio.extrinsicSharePercent()).isEqualTo(50);
    }

    @Test
    void justAboveHalfDominates() {
        assertThat(new IncentivePortfolio(List.of(extrinsic(501), intrinsic(499))).extrinsicDominates()).isTrue();
    }

    @Test
    void onlyIntrinsicOrNothingStatedDoesNotDominate() {
        assertThat(new IncentivePortfolio(List.of(intrinsic(100))).extrinsicDominates()).isFalse();
        assertThat(new IncentivePortfolio(List.of(extrinsic(0), intrinsic(0))).extrinsicDominates()).isFalse();
        assertThat(new IncentivePortfolio(List.of()).extrinsicSharePercent()).isZero();
    }

    @Test
    void onlyExtrinsicDominates() {
        assertThat(new IncentivePortfolio(List.of(extrinsic(1))).extrinsicDominates()).isTrue();
    }
}
