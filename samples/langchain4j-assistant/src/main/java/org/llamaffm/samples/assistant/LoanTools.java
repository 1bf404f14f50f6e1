package org.llamaffm.samples.assistant;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.Locale;

/** The assistant's tool: what a language model should not compute in its head. */
public final class LoanTools {

    /**
     * The monthly payment of an annuity loan, rounded to cents.
     *
     * @throws IllegalArgumentException for an amount that is not positive, a rate outside 0..100 or a duration
     *                                  outside 1..600 months (the model reads the message and may try again)
     */
    @Tool("The monthly payment of a loan that is repaid in equal monthly payments")
    public String monthlyPayment(
            @P("the amount borrowed") double principal,
            @P("the yearly interest rate in percent, e.g. 4.5") double yearlyRatePercent,
            @P("the duration in months") int months) {
        if (!(principal > 0) || Double.isInfinite(principal)) {
            throw new IllegalArgumentException("principal must be a positive amount, was " + principal);
        }
        if (!(yearlyRatePercent >= 0 && yearlyRatePercent <= 100)) {
            throw new IllegalArgumentException("yearlyRatePercent must be in 0..100, was " + yearlyRatePercent);
        }
        if (months < 1 || months > 600) {
            throw new IllegalArgumentException("months must be in 1..600, was " + months);
        }
        double rate = yearlyRatePercent / 100 / 12;
        double payment = rate == 0 ? principal / months : principal * rate / (1 - Math.pow(1 + rate, -months));
        return String.format(Locale.ROOT, "%.2f", payment);
    }
}
