package cloud.dumont.marketplace.internal;

import java.util.List;

/** The fixed category taxonomy: free-form categories would split the same kind of template over many spellings. */
public final class Categories {

    public static final List<String> ALL = List.of(
            "development",
            "image-generation",
            "llm-inference",
            "training",
            "fine-tuning",
            "audio",
            "video",
            "data-science",
            "bioinformatics",
            "research",
            "other");

    private Categories() {}
}
