package cloud.dumont.api.catalog;

import java.math.BigDecimal;

/** A common GPU model with its memory and the typical on-demand price range per GPU on the market. */
public record GpuModel(
        String name, int vramGb, String architecture, BigDecimal typicalPriceMin, BigDecimal typicalPriceMax) {}
