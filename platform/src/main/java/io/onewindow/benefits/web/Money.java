package io.onewindow.benefits.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;

/** Fen shown as yuan with two decimals and thousands separators (12,000.00). */
public final class Money {

    private Money() {
    }

    public static String yuan(long fen) {
        return new DecimalFormat("#,##0.00").format(BigDecimal.valueOf(fen, 2));
    }
}
