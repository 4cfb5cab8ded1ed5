package io.onewindow.cases;

import io.onewindow.catalogue.Text;

/** An answer a {@link PrefillSource} gave, and where it came from, shown beside it (e.g. "公安局 人口库"). */
public record PrefilledAnswer(Object value, Text source) {
}
